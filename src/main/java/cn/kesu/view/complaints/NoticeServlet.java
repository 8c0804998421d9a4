package cn.kesu.view.complaints;

import cn.kesu.business.deadline.NoticeDocuments;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** Downloads a signed 催办单 or 查办单: {@code /app/notices/reminder/{id}.pdf}, {@code /app/notices/investigation/{id}.pdf}. */
@WebServlet("/app/notices/*")
public class NoticeServlet extends PdfDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NoticeDocuments documents;

    public NoticeServlet() {
        super("reminder|investigation", "kesu-");
    }

    @Override
    protected byte[] produce(String kind, Long id) {
        return kind.equals("reminder") ? documents.reminder(id) : documents.investigation(id);
    }
}

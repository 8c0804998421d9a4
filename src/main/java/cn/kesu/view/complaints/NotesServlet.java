package cn.kesu.view.complaints;

import cn.kesu.business.execution.ExecutionDocuments;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** Downloads a signed 销货折让证明单 or 成品退货单: {@code /app/notes/allowance/{id}.pdf}, {@code /app/notes/return/{id}.pdf}. */
@WebServlet("/app/notes/*")
public class NotesServlet extends PdfDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExecutionDocuments documents;

    public NotesServlet() {
        super("allowance|return", "kesu-");
    }

    @Override
    protected byte[] produce(String kind, Long id) {
        return kind.equals("allowance") ? documents.allowanceNote(id) : documents.returnNote(id);
    }
}

package cn.kesu.view.complaints;

import cn.kesu.business.complaint.improvement.EightDReport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * {@code /app/eightd/customer/{caseId}.pdf} and {@code /app/eightd/internal/{caseId}.pdf}: the case's 8D report,
 * signed, for its readers (issue 14); {@code /app/eightd/hold/{actionId}.pdf}: one of its 暂停生产通知.
 */
@WebServlet("/app/eightd/*")
public class EightDServlet extends PdfDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EightDReport report;

    public EightDServlet() {
        super("customer|internal|hold", "kesu-8d-");
    }

    @Override
    protected byte[] produce(String kind, Long caseId) {
        return kind.equals("hold") ? report.holdNotice(caseId) : report.of(caseId, kind.equals("customer"));
    }
}

package cn.kesu.view.complaints;

import cn.kesu.business.complaint.improvement.EightDReport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * {@code /app/eightd/customer/{caseId}.pdf} and {@code /app/eightd/internal/{caseId}.pdf}: the case's 8D report,
 * signed, for its readers (issue 14).
 */
@WebServlet("/app/eightd/*")
public class EightDServlet extends PdfDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EightDReport report;

    public EightDServlet() {
        super("customer|internal", "kesu-8d-");
    }

    @Override
    protected byte[] produce(String kind, Long caseId) {
        return report.of(caseId, kind.equals("customer"));
    }
}

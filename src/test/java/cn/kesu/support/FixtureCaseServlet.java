package cn.kesu.support;

import cn.kesu.model.complaint.Disposition;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Test deployment only: a case of its own for a browser test, made through the department beans by
 * {@link CaseFixture} with the fixture's own customer and codes, so the test does not depend on the state
 * another test left a demo case in. Answers the new case's id. {@code ?at=qa}: accepted, at QA investigation;
 * {@code ?at=closed}: closed now (仅说明); {@code ?at=execution}: approved by the business manager (return and
 * allowance, 3,500 元) with a 销货折让证明单 for the whole amount issued by business.
 * {@code &abnormality=…} names the case's abnormality type (异常类别).
 */
@WebServlet("/test/case")
public class FixtureCaseServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        String at = request.getParameter("at");
        if (!"qa".equals(at) && !"closed".equals(at) && !"execution".equals(at)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "at=qa, at=closed or at=execution");
            return;
        }
        Long id;
        try {
            fixture.withCatalogs();
            String abnormality = request.getParameter("abnormality");
            if (abnormality != null) {
                fixture.admin.run(() -> fixture.catalogAdministration.renameEntry(fixture.abnormality.getId(), abnormality));
            }
            id = switch (at) {
                case "qa" -> fixture.atQa(fixture.domestic);
                case "closed" -> fixture.closed(fixture.domestic);
                default -> "2".equals(request.getParameter("notes"))
                        ? withTwoAllowanceNotes(fixture.atExecution(fixture.domestic, fixture.consolidation(
                                new java.math.BigDecimal("3500"), java.util.Set.of(Disposition.RETURN,
                                        Disposition.ALLOWANCE, Disposition.COMPENSATION), 35)))
                        : withAllowanceNote(fixture.atExecution(fixture.domestic,
                                fixture.consolidation(new java.math.BigDecimal("3500"))));
            };
        } catch (Exception e) {
            throw new ServletException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write(String.valueOf(id));
    }

    private Long withAllowanceNote(Long id) throws Exception {
        issue(id, Disposition.ALLOWANCE, "3500");
        return id;
    }

    /** The approved 3,500 元 as a 折让 of 1,500 and a 赔款 of 2,000: two notes waiting for the approver. */
    private Long withTwoAllowanceNotes(Long id) throws Exception {
        issue(id, Disposition.ALLOWANCE, "1500");
        issue(id, Disposition.COMPENSATION, "2000");
        return id;
    }

    private void issue(Long id, Disposition disposition, String amount) throws Exception {
        fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id), disposition,
                new java.math.BigDecimal(amount), "不良品折让", CaseFixture.PASSWORD));
    }
}

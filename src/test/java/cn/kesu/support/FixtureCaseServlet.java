package cn.kesu.support;

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
 * another test left a demo case in. Answers the new case's id. {@code ?at=qa}: accepted, at QA investigation.
 */
@WebServlet("/test/case")
public class FixtureCaseServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!"qa".equals(request.getParameter("at"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "at=qa");
            return;
        }
        Long id;
        try {
            id = fixture.withCatalogs().atQa(fixture.domestic);
        } catch (Exception e) {
            throw new ServletException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write(String.valueOf(id));
    }
}

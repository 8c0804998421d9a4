package cn.kesu.view.complaints;

import cn.kesu.business.complaint.slip.SlipDocuments;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import cn.kesu.view.PdfResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Downloads the signed slip of a case: {@code /app/slips/{caseId}.pdf}. */
@WebServlet("/app/slips/*")
public class SlipServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SlipDocuments slips;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id;
        try {
            id = Long.valueOf(request.getPathInfo().substring(1).replace(".pdf", ""));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = slips.signedSlip(id);
        } catch (UnknownCaseException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        PdfResponse.send(response, pdf, "kesu-slip-" + id);
    }
}

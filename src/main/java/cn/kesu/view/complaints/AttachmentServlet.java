package cn.kesu.view.complaints;

import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import cn.kesu.model.complaint.Attachment;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves an attachment of a case ({@code /app/attachments/{id}}) to users who may read cases. Images
 * show inline as thumbnails; anything else downloads. The type is the one checked at upload, and the
 * browser is told not to guess another.
 */
@WebServlet("/app/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id;
        try {
            id = Long.valueOf(request.getPathInfo().substring(1));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment;
        try {
            attachment = queries.attachment(id);
        } catch (UnknownCaseException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] content = attachment.getContent();
        response.setContentType(attachment.getContentType());
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", (attachment.isImage() ? "inline" : "attachment")
                + "; filename*=UTF-8''" + URLEncoder.encode(attachment.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }
}

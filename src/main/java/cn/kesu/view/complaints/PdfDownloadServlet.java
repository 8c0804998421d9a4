package cn.kesu.view.complaints;

import cn.kesu.view.PdfResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads of signed forms by {@code /{kind}/{id}.pdf}: 404 for an unknown path or form, 403 when the
 * caller's role may not read it (the producing bean decides), else the PDF as an attachment.
 */
abstract class PdfDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final Pattern path;
    private final String prefix;

    /** {@code kinds} is a regex alternation such as {@code allowance|return}. */
    PdfDownloadServlet(String kinds, String prefix) {
        this.path = Pattern.compile("/(" + kinds + ")/(\\d{1,18})\\.pdf");
        this.prefix = prefix;
    }

    /** The signed PDF of the form, or null when there is none the caller may see. */
    protected abstract byte[] produce(String kind, Long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matched = path.matcher(String.valueOf(request.getPathInfo()));
        if (!matched.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long id = Long.valueOf(matched.group(2));
        byte[] pdf;
        try {
            pdf = produce(matched.group(1), id);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponse.send(response, pdf, prefix + matched.group(1) + "-" + id);
    }
}

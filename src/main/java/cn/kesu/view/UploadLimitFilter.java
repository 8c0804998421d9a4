package cn.kesu.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Uploads larger than the Faces servlet's multipart configuration (web.xml: 10 MB a file, 25 MB a request)
 * are refused while the container reads them, before the body is held anywhere, and answered with
 * 413 and a plain sentence instead of an error page.
 */
@WebFilter(urlPatterns = "/app/*", asyncSupported = true)
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith(".xhtml") && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            try {
                // Parsed once here under the servlet's limits; the Faces servlet reads the same parts later, so
                // they must be read as the UTF-8 our pages post, before anything fixes the default encoding.
                if (request.getCharacterEncoding() == null) {
                    request.setCharacterEncoding("UTF-8");
                }
                request.getParts();
            } catch (IllegalStateException | IOException tooLarge) {
                // IllegalStateException: over the servlet's limits; IOException: over the listener's max-post-size.
                LOG.warning(() -> "客诉: upload over the size limit refused from " + request.getRemoteAddr());
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType("text/plain");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("文件太大：每个文件最多 10 MB。 The file is too large: at most 10 MB per file.");
                return;
            } catch (RuntimeException malformed) {
                // A body no browser sends (a part header broken by a line break in a file name): a bad request.
                LOG.warning(() -> "客诉: malformed multipart request refused from " + request.getRemoteAddr());
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

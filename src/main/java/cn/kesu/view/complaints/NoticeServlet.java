package cn.kesu.view.complaints;

import cn.kesu.business.deadline.NoticeDocuments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Downloads a signed 催办单 or 查办单: {@code /app/notices/reminder/{id}.pdf}, {@code /app/notices/investigation/{id}.pdf}. */
@WebServlet("/app/notices/*")
public class NoticeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(reminder|investigation)/(\\d{1,18})\\.pdf");

    @Inject
    transient NoticeDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long id = Long.valueOf(path.group(2));
        byte[] pdf;
        try {
            pdf = path.group(1).equals("reminder") ? documents.reminder(id) : documents.investigation(id);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition",
                "attachment; filename=\"kesu-" + path.group(1) + "-" + id + ".pdf\"");
        response.getOutputStream().write(pdf);
    }
}

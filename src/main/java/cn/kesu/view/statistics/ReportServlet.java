package cn.kesu.view.statistics;

import cn.kesu.business.statistics.StatisticsDocuments;
import cn.kesu.view.PdfResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signed report PDFs: {@code /app/statistics/report/2025-05.pdf} (客诉案件统计表) and
 * {@code /app/statistics/report/2025.pdf} (客户投诉处理年报表); web.xml limits the path to the report's readers.
 */
@WebServlet("/app/statistics/report/*")
public class ReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{4})(?:-(\\d{2}))?\\.pdf");

    @Inject
    transient StatisticsDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = path.group(2) == null ? documents.year(Year.parse(path.group(1)))
                    : documents.month(YearMonth.parse(path.group(1) + "-" + path.group(2)));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        PdfResponse.send(response, pdf, "kesu-report-" + path.group(1) + (path.group(2) == null ? "" : "-" + path.group(2)));
    }
}

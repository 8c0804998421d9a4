package cn.kesu.view.statistics;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.penalty.PenaltyDesk;
import cn.kesu.business.statistics.Period;
import cn.kesu.view.PdfResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signed 奖罚通知单 ({@code /app/statistics/penalty/{id}.pdf}, approved notices only) and the month's
 * 人事公布单 ({@code /app/statistics/hr/2025-05.pdf}).
 */
@WebServlet({"/app/statistics/penalty/*", "/app/statistics/hr/*"})
public class PenaltyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern NOTICE = Pattern.compile("/(\\d{1,18})\\.pdf");
    private static final Pattern MONTH = Pattern.compile("/(\\d{4}-\\d{2})\\.pdf");

    @Inject
    transient PenaltyDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean hr = request.getServletPath().endsWith("/hr");
        Matcher path = (hr ? MONTH : NOTICE).matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<YearMonth> month = Period.month(path.group(1));
        if (hr && month.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = hr ? desk.hrList(month.get()) : desk.notice(Long.valueOf(path.group(1)));
        } catch (EJBAccessException | RuleViolation e) {
            // Not approved yet, or not the caller's to read.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponse.send(response, pdf, "kesu-" + (hr ? "hr-" : "penalty-") + path.group(1));
    }
}

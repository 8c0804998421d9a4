package cn.kesu.support;

import cn.kesu.business.calendar.WorkingCalendar;
import cn.kesu.business.deadline.ReminderScan;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Test deployment only: runs the reminder scan as of the last working day, so that browser tests on the
 * demo data find the demo's 催办单 whatever day the suite runs (reminders are issued on working days
 * only, and the test server's timers are idle). Idempotent: a second scan of the same day adds nothing.
 */
@WebServlet("/test/demo-reminders")
public class DemoRemindersServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MovableClock clock;

    @Inject
    transient WorkingCalendar calendar;

    @EJB
    transient ReminderScan scan;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ZonedDateTime now = ZonedDateTime.now(clock.clock().getZone());
        LocalDate day = now.toLocalDate();
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        ZonedDateTime at = day.equals(now.toLocalDate()) ? now : day.atTime(17, 0).atZone(now.getZone());
        int issued;
        try {
            clock.set(at);
            issued = scan.issueReminders();
        } finally {
            clock.reset();
        }
        response.setContentType("text/plain");
        response.getWriter().write(String.valueOf(issued));
    }
}

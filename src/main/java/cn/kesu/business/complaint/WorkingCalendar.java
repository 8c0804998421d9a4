package cn.kesu.business.complaint;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The company's working days (工作日), on which step deadlines count. Today: Monday to Friday. The
 * administrator-maintained holiday calendar with make-up working days (调休) extends
 * {@link #isWorkingDay} when it lands; callers already go through this one method.
 */
@ApplicationScoped
public class WorkingCalendar {

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The same time of day {@code days} working days later. Starting on a non-working day counts from
     * the next working day, so a slip accepted on Saturday with one day is due Monday evening-equivalent.
     */
    public ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
        ZonedDateTime due = start;
        int added = 0;
        while (added < days) {
            due = due.plusDays(1);
            if (isWorkingDay(due.toLocalDate())) {
                added++;
            }
        }
        return due;
    }
}

package cn.kesu.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Working-day arithmetic (工作日) over a stretch of the calendar: Monday to Friday, minus the public
 * holidays, plus the weekend days declared working (调休). A value over the calendar's exceptions for
 * the days in question, so the rule is the same wherever the exceptions come from and can be checked
 * without a database.
 */
public final class WorkingDays {

    private final Map<LocalDate, DayKind> exceptions;

    public WorkingDays(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind exception = exceptions.get(day);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The same time of day {@code days} working days later; a start on a non-working day counts from the next. */
    public ZonedDateTime add(ZonedDateTime start, int days) {
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

    /** Working days from {@code from} up to, not including, {@code until}: how long a paused step waited. */
    public int between(LocalDate from, LocalDate until) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The first working day after {@code day}. */
    public LocalDate after(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** How far past {@code from} the exceptions must reach for {@link #add} of {@code days}: holidays run a week at most. */
    public static LocalDate reachOf(LocalDate from, int days) {
        return from.plusDays(days * 3L + 30);
    }
}

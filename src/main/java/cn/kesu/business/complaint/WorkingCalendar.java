package cn.kesu.business.complaint;

import cn.kesu.model.calendar.CalendarDay;
import cn.kesu.model.calendar.DayKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The company's working days (工作日), on which step deadlines count: Monday to Friday, minus the
 * public holidays, plus the weekend days declared working (调休), as the administrator keeps them in
 * the calendar. Read from the database on each use, so a change applies at once on every node.
 */
@ApplicationScoped
public class WorkingCalendar {

    @PersistenceContext
    EntityManager em;

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, exceptions(day, day));
    }

    /**
     * The same time of day {@code days} working days later; a start on a non-working day counts from
     * the next working day. The calendar's exceptions for the span are read in one query.
     */
    public ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
        LocalDate first = start.toLocalDate();
        Map<LocalDate, DayKind> exceptions = exceptions(first, first.plusDays(days * 3L + 30));
        ZonedDateTime due = start;
        int added = 0;
        while (added < days) {
            due = due.plusDays(1);
            if (isWorkingDay(due.toLocalDate(), exceptions)) {
                added++;
            }
        }
        return due;
    }

    /** Working days from {@code from} up to, not including, {@code until}: how long a paused step waited. */
    public int workingDaysBetween(LocalDate from, LocalDate until) {
        if (!until.isAfter(from)) {
            return 0;
        }
        Map<LocalDate, DayKind> exceptions = exceptions(from, until);
        int count = 0;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (isWorkingDay(day, exceptions)) {
                count++;
            }
        }
        return count;
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        Map<LocalDate, DayKind> exceptions = exceptions(next, next.plusDays(40));
        while (!isWorkingDay(next, exceptions)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private Map<LocalDate, DayKind> exceptions(LocalDate from, LocalDate to) {
        return em.createNamedQuery(CalendarDay.BETWEEN, CalendarDay.class).setParameter("from", from)
                .setParameter("to", to).getResultStream()
                .collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind));
    }

    private static boolean isWorkingDay(LocalDate day, Map<LocalDate, DayKind> exceptions) {
        DayKind exception = exceptions.get(day);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
}

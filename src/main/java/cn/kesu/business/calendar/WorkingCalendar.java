package cn.kesu.business.calendar;

import cn.kesu.model.calendar.CalendarDay;
import cn.kesu.model.calendar.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.ZonedDateTime;
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
        return over(day, day).isWorkingDay(day);
    }

    /**
     * The same time of day {@code days} working days later; a start on a non-working day counts from
     * the next working day. The calendar's exceptions for the span are read in one query.
     */
    public ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
        LocalDate first = start.toLocalDate();
        return over(first, WorkingDays.reachOf(first, days)).add(start, days);
    }

    /** Working days from {@code from} up to, not including, {@code until}: how long a paused step waited. */
    public int workingDaysBetween(LocalDate from, LocalDate until) {
        if (!until.isAfter(from)) {
            return 0;
        }
        return over(from, until).between(from, until);
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return over(day.plusDays(1), day.plusDays(41)).after(day);
    }

    private WorkingDays over(LocalDate from, LocalDate to) {
        return new WorkingDays(em.createNamedQuery(CalendarDay.BETWEEN, CalendarDay.class).setParameter("from", from)
                .setParameter("to", to).getResultStream()
                .collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind)));
    }
}

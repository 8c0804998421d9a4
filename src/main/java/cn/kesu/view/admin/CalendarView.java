package cn.kesu.view.admin;

import cn.kesu.business.calendar.CalendarAdministration;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.calendar.CalendarDay;
import cn.kesu.model.calendar.DayKind;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Backing bean of {@code app/admin/calendar.xhtml} (工作日历). */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarAdministration administration;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    private Integer year;
    private LocalDate day;
    private DayKind kind = DayKind.HOLIDAY;
    private String name;
    private String list;
    private transient List<CalendarDay> days;

    public void add() {
        if (run(() -> administration.set(day, kind, name))) {
            feedback.info("calendar.saved");
            day = null;
            name = null;
        }
    }

    public void clear(CalendarDay entry) {
        if (run(() -> administration.clear(entry.getDay()))) {
            feedback.info("calendar.saved");
        }
    }

    public void importList() {
        int[] count = new int[1];
        if (run(() -> count[0] = administration.importList(list == null ? "" : list))) {
            feedback.info("calendar.imported", count[0]);
            list = null;
        }
    }

    private boolean run(Runnable action) {
        try {
            action.run();
            days = null;
            return true;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
            return false;
        }
    }

    public List<CalendarDay> getDays() {
        if (days == null) {
            days = administration.year(getYear());
        }
        return days;
    }

    public void reload() {
        days = null;
    }

    public int getYear() {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    public void setYear(int year) { this.year = year; }
    public DayKind[] getKinds() { return DayKind.values(); }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public DayKind getKind() { return kind; }
    public void setKind(DayKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getList() { return list; }
    public void setList(String list) { this.list = list; }
}

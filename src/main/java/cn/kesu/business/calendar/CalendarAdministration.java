package cn.kesu.business.calendar;

import cn.kesu.model.calendar.CalendarDay;
import cn.kesu.model.calendar.DayKind;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 工作日历维护: the administrator records the year's public holidays and make-up working days, one by
 * one or as a list of lines {@code 2026-10-01,休,国庆节} / {@code 2026-10-10,班,国庆调休}
 * (HOLIDAY/WORKDAY are accepted as well). An import is all or nothing.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CalendarAdministration {

    @PersistenceContext
    EntityManager em;

    public List<CalendarDay> year(@Min(2000) @Max(2100) int year) {
        return em.createNamedQuery(CalendarDay.BETWEEN, CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    public CalendarDay set(@NotNull LocalDate day, @NotNull DayKind kind, @NotBlank @Size(max = 100) String name) {
        CalendarDay stored = em.find(CalendarDay.class, day);
        if (stored == null) {
            stored = new CalendarDay(day, kind, name.strip());
            em.persist(stored);
        } else {
            stored.change(kind, name.strip());
        }
        return stored;
    }

    /** Back to the ordinary week for that day. */
    public void clear(@NotNull LocalDate day) {
        CalendarDay stored = em.find(CalendarDay.class, day);
        if (stored != null) {
            em.remove(stored);
        }
    }

    /** Imports a list; returns how many days it set. Blank lines and lines starting with # are skipped. */
    public int importList(@NotNull @Size(max = 100_000) String text) {
        List<String[]> parsed = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("[,，\\t]", 3);
            if (parts.length < 3 || kind(parts[1]) == null || parts[2].isBlank() || parts[2].strip().length() > 100
                    || date(parts[0]) == null) {
                throw new CalendarLineException(i + 1, line);
            }
            parsed.add(parts);
        }
        parsed.forEach(parts -> set(date(parts[0]), kind(parts[1]), parts[2]));
        return parsed.size();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DayKind kind(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "休", "HOLIDAY" -> DayKind.HOLIDAY;
            case "班", "WORKDAY" -> DayKind.WORKDAY;
            default -> null;
        };
    }
}

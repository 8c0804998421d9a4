package cn.kesu.business.statistics;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The stretch of time a report covers — a month (客诉案件统计表) or a year (客户投诉处理年报表) — from
 * midnight to midnight in the company's time zone; a case counts where it was closed.
 */
public record Period(String label, Instant from, Instant to) {

    public static Period of(YearMonth month, ZoneId zone) {
        return new Period(month.toString(), month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    public static Period of(Year year, ZoneId zone) {
        return new Period(year.toString(), year.atDay(1).atStartOfDay(zone).toInstant(),
                year.plusYears(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** "2025-05" for a month, "2025" for a year; null when it is neither. */
    public static Period parse(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        try {
            String trimmed = text.strip();
            return trimmed.length() == 4 ? of(Year.parse(trimmed), zone) : of(YearMonth.parse(trimmed), zone);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

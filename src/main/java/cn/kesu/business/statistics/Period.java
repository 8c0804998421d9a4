package cn.kesu.business.statistics;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

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
        return text.strip().length() == 4 ? year(text).map(y -> of(y, zone)).orElse(null)
                : month(text).map(m -> of(m, zone)).orElse(null);
    }

    /** The month a text such as "2025-05" names (blanks around it ignored), or empty. */
    public static Optional<YearMonth> month(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }

    /** The year a text such as "2025" names (blanks around it ignored), or empty. */
    public static Optional<Year> year(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Year.parse(text.strip()));
        } catch (DateTimeParseException notAYear) {
            return Optional.empty();
        }
    }
}

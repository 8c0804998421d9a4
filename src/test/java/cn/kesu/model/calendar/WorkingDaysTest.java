package cn.kesu.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Working days over the 2025 National Day week: 1–8 October off, Sunday 28 September and Saturday
 * 11 October worked (调休), as the State Council announced them.
 */
class WorkingDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final WorkingDays nationalDay2025 = new WorkingDays(nationalDayWeek());

    @Test
    void holidaysAreOffAndMakeUpWeekendDaysAreWorked() {
        assertFalse(nationalDay2025.isWorkingDay(LocalDate.of(2025, 10, 1)));
        assertFalse(nationalDay2025.isWorkingDay(LocalDate.of(2025, 10, 8)));
        assertTrue(nationalDay2025.isWorkingDay(LocalDate.of(2025, 9, 28)), "Sunday, 调休");
        assertTrue(nationalDay2025.isWorkingDay(LocalDate.of(2025, 10, 11)), "Saturday, 调休");
        assertFalse(nationalDay2025.isWorkingDay(LocalDate.of(2025, 10, 12)), "an ordinary Sunday");
        assertTrue(nationalDay2025.isWorkingDay(LocalDate.of(2025, 10, 9)));
    }

    @Test
    void oneWorkingDayFromTheEveOfTheHolidayIsTheDayAfterIt() {
        assertEquals(at(2025, 10, 9, 16), nationalDay2025.add(at(2025, 9, 30, 16), 1));
    }

    @Test
    void aMakeUpDayCountsAsAWorkingDay() {
        assertEquals(at(2025, 9, 28, 10), nationalDay2025.add(at(2025, 9, 26, 10), 1), "Friday to the working Sunday");
        assertEquals(at(2025, 10, 11, 10), nationalDay2025.add(at(2025, 10, 10, 10), 1), "Friday to the working Saturday");
        assertEquals(at(2025, 10, 13, 10), nationalDay2025.add(at(2025, 10, 10, 10), 2), "then past the Sunday");
    }

    @Test
    void aStartOnAHolidayCountsFromTheNextWorkingDay() {
        assertEquals(at(2025, 10, 9, 9), nationalDay2025.add(at(2025, 10, 3, 9), 1));
        assertEquals(at(2025, 10, 11, 9), nationalDay2025.add(at(2025, 10, 3, 9), 3), "the third is the working Saturday");
    }

    @Test
    void zeroWorkingDaysIsTheStartItself() {
        assertEquals(at(2025, 10, 3, 9), nationalDay2025.add(at(2025, 10, 3, 9), 0));
    }

    @Test
    void aPauseOverTheHolidayWaitedOnlyItsWorkingDays() {
        // 26 Sep, 28 Sep, 29 Sep, 30 Sep, 9 Oct, 10 Oct, 11 Oct; not the holidays, not 27 Sep or 12 Oct.
        assertEquals(7, nationalDay2025.between(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 13)));
        assertEquals(0, nationalDay2025.between(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 9)));
        assertEquals(0, nationalDay2025.between(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 9)));
    }

    @Test
    void theNextWorkingDaySkipsHolidaysAndOrdinaryWeekends() {
        assertEquals(LocalDate.of(2025, 10, 9), nationalDay2025.after(LocalDate.of(2025, 9, 30)));
        assertEquals(LocalDate.of(2025, 10, 11), nationalDay2025.after(LocalDate.of(2025, 10, 10)));
        assertEquals(LocalDate.of(2025, 11, 24), nationalDay2025.after(LocalDate.of(2025, 11, 21)));
    }

    private static Map<LocalDate, DayKind> nationalDayWeek() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (int d = 1; d <= 8; d++) {
            days.put(LocalDate.of(2025, 10, d), DayKind.HOLIDAY);
        }
        days.put(LocalDate.of(2025, 9, 28), DayKind.WORKDAY);
        days.put(LocalDate.of(2025, 10, 11), DayKind.WORKDAY);
        return days;
    }

    private static ZonedDateTime at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, SHANGHAI);
    }
}

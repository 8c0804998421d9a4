package cn.kesu.business.calendar;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.calendar.DayKind;
import cn.kesu.support.Calendars;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/**
 * Step deadlines across a holiday week: the 2025 National Day and Mid-Autumn holidays (1–8 October)
 * with the make-up working days Sunday 28 September and Saturday 11 October.
 */
class WorkingCalendarIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @EJB
    CalendarAdministration calendar;

    @Inject
    WorkingCalendar workingCalendar;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void qaDeadlineCountsWorkingDaysAcrossTheHolidayWeekIncludingTheMakeUpSaturday() throws Exception {
        assertEquals(8, fixture.admin.call(() -> calendar.importList(Calendars.NATIONAL_DAY_2025)));
        fixture.withCatalogs();

        clock.set(MovableClock.shanghai(2025, 9, 30, 10, 0));
        Long id = fixture.atQa(fixture.domestic);

        assertEquals(MovableClock.shanghai(2025, 10, 11, 10, 0).toInstant(), fixture.load(id).getStepDueAt(),
                "3 working days from Tue 30 Sep: Thu 9, Fri 10, Sat 11 (调休)");
        assertFalse(workingCalendar.isWorkingDay(LocalDate.of(2025, 10, 1)), "holiday on a Wednesday");
        assertTrue(workingCalendar.isWorkingDay(LocalDate.of(2025, 9, 28)), "make-up Sunday");
        assertFalse(workingCalendar.isWorkingDay(LocalDate.of(2025, 10, 4)), "an ordinary Saturday");
        assertTrue(workingCalendar.isWorkingDay(LocalDate.of(2025, 10, 9)), "an ordinary Thursday");
    }

    @Test
    void aBadLineRefusesTheWholeListAndNamesTheLine() throws Exception {
        String list = "2024-05-01,休,劳动节\n2024-05-02,放假,劳动节\n";

        CalendarLineException refusal = assertRefused(CalendarLineException.class,
                () -> fixture.admin.call(() -> calendar.importList(list)));

        assertEquals(2, refusal.arguments()[0]);
        assertTrue(fixture.admin.call(() -> calendar.year(2024)).isEmpty(), "nothing of the list is stored");
    }

    @Test
    void administratorSetsAndClearsADayAndNobodyElseMay() throws Exception {
        LocalDate day = LocalDate.of(2024, 12, 31);
        fixture.admin.run(() -> calendar.set(day, DayKind.HOLIDAY, "跨年休息"));
        assertFalse(workingCalendar.isWorkingDay(day));
        fixture.admin.run(() -> calendar.clear(day));
        assertTrue(workingCalendar.isWorkingDay(day));

        assertRefused(EJBAccessException.class, () -> fixture.gmOffice.run(() -> calendar.set(day, DayKind.HOLIDAY, "x")));
        assertRefused(EJBAccessException.class, () -> fixture.qa.call(() -> calendar.year(2024)));
    }
}

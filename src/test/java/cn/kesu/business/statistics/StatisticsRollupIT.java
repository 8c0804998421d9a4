package cn.kesu.business.statistics;

import static cn.kesu.support.MovableClock.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.kesu.model.complaint.Severity;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * Issue 17: a month that is not final is read from its nightly rollup, and only the cases closed since are
 * aggregated live; its figures are the live computation's, every one of them. 2019 from July holds only this test's cases.
 */
class StatisticsRollupIT extends InContainerTest {

    private static final Year YEAR = Year.of(2019);
    private static final YearMonth JULY = YearMonth.of(2019, 7);
    private static final YearMonth AUGUST = YearMonth.of(2019, 8);
    private static final YearMonth OCTOBER = YearMonth.of(2019, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2019, 11);

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @EJB
    StatisticsDesk desk;

    @Inject
    ComplaintStatistics statistics;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aRolledUpMonthGivesTheLiveFigures() throws Exception {
        fixture.withCatalogs();
        closed(JULY, 15, new BigDecimal("40"));
        closed(AUGUST, 3, new BigDecimal("1000"));
        notEstablished(AUGUST, 5);
        closed(AUGUST, 12, new BigDecimal("250.50"));

        // The night of the 14th: July has no snapshot yet, so both months are rolled up.
        clock.set(shanghai(2019, 8, 14, 0, 30));
        assertEquals(List.of(JULY, AUGUST), desk.refreshRollups());
        // Closed after midnight, and later in the month: counted live.
        closed(AUGUST, 14, new BigDecimal("7.25"));
        notEstablished(AUGUST, 20);
        clock.set(shanghai(2019, 8, 25, 9, 0));

        MonthlyFigures rolledUp = fixture.gmOffice.call(() -> desk.live(AUGUST));
        assertEquals(json(statistics.of(AUGUST)), json(rolledUp),
                "every figure of the month as the live computation gives it");
        assertEquals(5, rolledUp.getTotals().getCases());
        assertEquals(3, rolledUp.getTotals().getEstablished());
        assertEquals(0, new BigDecimal("1257.75").compareTo(rolledUp.getTotals().getClaim()));
        assertEquals(1, rolledUp.getPreviousMonth().getCases(), "July");
        clock.reset();
        assertEquals(json(statistics.of(AUGUST)), json(fixture.gmOffice.call(() -> desk.live(AUGUST))),
                "after the month, too");
        // The yearly report adds July's and August's rollups and counts the rest of the year live.
        YearlyFigures year = fixture.gmOffice.call(() -> desk.year(YEAR));
        assertEquals(json(statistics.of(YEAR)), json(year), "every figure of the year as the live computation gives it");
        assertEquals(5, year.getMonths().get(7).getTotals().getCases());

        // The rollup is what the month reads for the cases closed before it was made: a case closed on the 10th
        // after it (the clock moved back) is not in it, while the live computation sees it.
        closed(AUGUST, 10, new BigDecimal("1"));
        clock.reset();
        MonthlyFigures late = fixture.gmOffice.call(() -> desk.live(AUGUST));
        assertEquals(5, late.getTotals().getCases());
        assertNotEquals(json(statistics.of(AUGUST)), json(late));
    }

    @Test
    void theTimerRollsUpTheMonthsThatAreNotFinal() throws Exception {
        fixture.withCatalogs();
        closed(OCTOBER, 20, new BigDecimal("300"));
        notEstablished(NOVEMBER, 2);

        clock.set(shanghai(2019, 11, 1, 0, 30));
        assertEquals(List.of(OCTOBER), desk.refreshRollups(), "November has not begun a day yet");
        assertEquals(json(statistics.of(OCTOBER)), json(fixture.gmOffice.call(() -> desk.live(OCTOBER))),
                "October's rollup of the whole month");

        // October confirmed after it ended: final, no more rollups; November's previous month is its snapshot.
        clock.set(shanghai(2019, 11, 2, 9, 0));
        fixture.gmOffice.run(() -> desk.generate(OCTOBER));
        fixture.gmOffice.run(() -> desk.confirm(OCTOBER));
        clock.set(shanghai(2019, 11, 3, 0, 30));
        assertEquals(List.of(NOVEMBER), desk.refreshRollups());
        closed(NOVEMBER, 3, new BigDecimal("12"));
        clock.reset();

        MonthlyFigures november = fixture.gmOffice.call(() -> desk.live(NOVEMBER));
        assertEquals(json(statistics.of(NOVEMBER)), json(november));
        assertEquals(2, november.getTotals().getCases());
        assertEquals(1, november.getPreviousMonth().getCases(), "October, from its snapshot");

        // Final October drops its rollup: 即时数据 counts every case again, a case closed late included.
        closed(OCTOBER, 25, new BigDecimal("1"));
        clock.reset();
        MonthlyFigures october = fixture.gmOffice.call(() -> desk.live(OCTOBER));
        assertEquals(json(statistics.of(OCTOBER)), json(october));
        assertEquals(2, october.getTotals().getCases());
    }

    private void closed(YearMonth month, int day, BigDecimal claim) throws Exception {
        clock.set(shanghai(month.getYear(), month.getMonthValue(), day, 9, 0));
        fixture.closed(fixture.domestic, claim);
    }

    private void notEstablished(YearMonth month, int day) throws Exception {
        clock.set(shanghai(month.getYear(), month.getMonthValue(), day, 9, 0));
        Long id = fixture.atQa(fixture.domestic);
        fixture.investigate(id, fixture.qaFindings(false, false, Severity.GENERAL));
        fixture.check(id);
        fixture.handle(id);
        fixture.consolidate(id, BigDecimal.ZERO);
    }

    private static String json(Object figures) throws Exception {
        try (Jsonb json = JsonbBuilder.create()) {
            return json.toJson(figures);
        }
    }
}

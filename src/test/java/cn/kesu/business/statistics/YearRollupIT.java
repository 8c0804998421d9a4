package cn.kesu.business.statistics;

import static cn.kesu.support.MovableClock.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.complaint.Severity;
import cn.kesu.model.statistics.StatisticsSnapshot;
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

/**
 * Issue 17: the yearly report adds up the months the GM office confirmed from their snapshots, and computes only
 * the rest live; its figures are the live computation's, every one of them. 2022 (February to June) and 2015 hold
 * only this test's cases; 2015 only a case not established, which opens no 8D (EightDIT counts the 8Ds open in
 * June 2016).
 */
class YearRollupIT extends InContainerTest {

    private static final Year YEAR = Year.of(2022);

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
    void confirmedMonthsAddUpToTheLiveYear() throws Exception {
        fixture.withCatalogs();
        closed(2, 10, new BigDecimal("1000"));
        closed(2, 20, new BigDecimal("250.50"));
        notEstablished(YEAR, 3, 12);
        closed(5, 8, new BigDecimal("80"));
        // February and March confirmed after they ended; June's snapshot made and confirmed early, on the 10th.
        clock.set(shanghai(2022, 4, 2, 9, 0));
        confirm(YearMonth.of(2022, 2));
        confirm(YearMonth.of(2022, 3));
        clock.set(shanghai(2022, 6, 10, 9, 0));
        confirm(YearMonth.of(2022, 6));
        closed(6, 20, new BigDecimal("5"));
        clock.reset();

        YearlyFigures rolledUp = fixture.gmOffice.call(() -> desk.year(YEAR));
        YearlyFigures live = statistics.of(YEAR);

        assertEquals(json(live), json(rolledUp), "every figure of the year as the live computation gives it");
        assertEquals(5, rolledUp.getTotals().getCases());
        assertEquals(2, rolledUp.getMonths().get(1).getTotals().getCases(), "February, from its snapshot");
        assertEquals(1, rolledUp.getMonths().get(5).getTotals().getCases(),
                "June's snapshot was made before June ended: June is live");
        assertEquals(0, new BigDecimal("1335.50").compareTo(rolledUp.getTotals().getClaim()));

        // The monthly statistics open a final month on its snapshot: the same figures as the month computed live.
        StatisticsSnapshot february = fixture.gmOffice.call(() -> desk.snapshot(YearMonth.of(2022, 2)));
        assertTrue(fixture.gmOffice.call(() -> desk.isFinal(february)));
        assertEquals(json(statistics.of(YearMonth.of(2022, 2))), json(fixture.gmOffice.call(() -> desk.figuresOf(february))),
                "every figure of the month as the live computation gives it");
        StatisticsSnapshot june = fixture.gmOffice.call(() -> desk.snapshot(YearMonth.of(2022, 6)));
        assertFalse(fixture.gmOffice.call(() -> desk.isFinal(june)), "confirmed before June ended");
        fixture.gmOffice.run(() -> desk.generate(YearMonth.of(2022, 4)));
        StatisticsSnapshot april = fixture.gmOffice.call(() -> desk.snapshot(YearMonth.of(2022, 4)));
        assertFalse(fixture.gmOffice.call(() -> desk.isFinal(april)), "generated, not confirmed");
    }

    /** A confirmed month stays as confirmed: the year reports what the GM office confirmed for it. */
    @Test
    void aConfirmedMonthIsReadFromItsSnapshot() throws Exception {
        fixture.withCatalogs();
        Year year = Year.of(2015);
        clock.set(shanghai(2015, 9, 3, 9, 0));
        confirm(YearMonth.of(2015, 8));
        clock.reset();
        YearlyFigures before = fixture.gmOffice.call(() -> desk.year(year));

        // A case closed in August after August was confirmed (the clock moved back) is not in the year's August.
        notEstablished(year, 8, 20);
        clock.reset();

        YearlyFigures after = fixture.gmOffice.call(() -> desk.year(year));
        assertEquals(before.getMonths().get(7).getTotals().getCases(), after.getMonths().get(7).getTotals().getCases());
        assertNotEquals(json(statistics.of(year)), json(after), "the live computation sees the late case");
    }

    private void closed(int month, int day, BigDecimal claim) throws Exception {
        clock.set(shanghai(YEAR.getValue(), month, day, 9, 0));
        fixture.closed(fixture.domestic, claim);
    }

    private void notEstablished(Year year, int month, int day) throws Exception {
        clock.set(shanghai(year.getValue(), month, day, 9, 0));
        Long id = fixture.atQa(fixture.domestic);
        fixture.investigate(id, fixture.qaFindings(false, false, Severity.GENERAL));
        fixture.check(id);
        fixture.handle(id);
        fixture.consolidate(id, BigDecimal.ZERO);
    }

    private void confirm(YearMonth month) throws Exception {
        fixture.gmOffice.run(() -> desk.generate(month));
        fixture.gmOffice.run(() -> desk.confirm(month));
    }

    private static String json(Object figures) throws Exception {
        try (Jsonb json = JsonbBuilder.create()) {
            return json.toJson(figures);
        }
    }
}

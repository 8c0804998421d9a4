package cn.kesu.business.statistics;

import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.approval.ApprovalDesk;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.complaint.StepRecord;
import cn.kesu.model.statistics.StatisticsSnapshot;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 客诉案件统计表 on a data set built here, closed in May 2025 (no other test closes cases then): two
 * established cases and an invalid one of one abnormality type, the established ones with
 * responsibility 70/30; one established case of a second type and catalog. The first case's QA step
 * is late.
 */
class MonthlyStatisticsIT extends InContainerTest {

    private static final YearMonth MAY = YearMonth.of(2025, 5);

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @EJB
    StatisticsDesk desk;

    @EJB
    ApprovalDesk approvalDesk;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Long closed(boolean lateQa) throws Exception {
        clock.set(shanghai(2025, 5, 12, 9, 0));
        Long id = fixture.atQa(fixture.domestic);
        if (lateQa) {
            clock.set(shanghai(2025, 5, 19, 9, 0));
        }
        fixture.investigate(id, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(id);
        fixture.check(id);
        fixture.handle(id);
        fixture.consolidate(id, new BigDecimal("5000"));
        fixture.approver(fixture.load(id).getApproverRole()).run(() -> approvalDesk.approve(id, fixture.version(id), "同意",
                CaseFixture.PASSWORD));
        fixture.execute(id);
        fixture.answer(id);
        fixture.business.run(() -> fixture.businessDesk.completeExecution(id, fixture.version(id), "已处理",
                CaseFixture.PASSWORD));
        assertEquals(Step.CLOSED, fixture.step(id));
        return id;
    }

    private Long invalid() throws Exception {
        clock.set(shanghai(2025, 5, 20, 9, 0));
        Long id = fixture.atQa(fixture.domestic);
        fixture.investigate(id, fixture.qaFindings(false, false, Severity.GENERAL));
        fixture.check(id);
        fixture.handle(id);
        fixture.consolidate(id, BigDecimal.ZERO);
        assertEquals(Step.INVALID, fixture.step(id));
        return id;
    }

    @Test
    void theMonthsFiguresAddUpAndTheConfirmedSnapshotNoLongerFollowsTheCases() throws Exception {
        fixture.withCatalogs();
        List<Long> ids = new ArrayList<>(List.of(closed(true), closed(false), invalid()));
        String firstType = fixture.abnormality.getCode();
        fixture.withCatalogs();
        ids.add(closed(false));

        MonthlyFigures may = fixture.gmOffice.call(() -> desk.live(MAY));
        assertEquals(4, may.getTotals().getCases());
        assertEquals(3, may.getTotals().getEstablished());
        assertEquals(4 * 35, may.getTotals().getDefects());
        assertEquals(0, new BigDecimal("15000").compareTo(may.getTotals().getClaim()));

        assertEquals(4, may.getByResponsible().size(), "two catalogs' painting and supplier");
        assertEquals(0, new BigDecimal("100").compareTo(sum(may.getByResponsible())), "shares add up to 100 %");
        assertEquals(0, new BigDecimal("46.67").compareTo(may.getByResponsible().get(0).getPercent()),
                "first painting unit: 140 of 300 share points");
        assertEquals(0, new BigDecimal("1.40").compareTo(may.getByResponsible().get(0).getCount()), "1.4 cases");

        List<Figure> pareto = may.getPareto();
        assertEquals(2, pareto.size());
        assertTrue(pareto.get(0).getLabel().startsWith(firstType), "the most frequent type first");
        assertEquals(0, new BigDecimal("75.00").compareTo(pareto.get(0).getPercent()), "3 of 4");
        assertEquals(0, new BigDecimal("100.00").compareTo(pareto.get(1).getCumulative()), "影响度 reaches 100 %");
        assertTrue(pareto.get(0).getCount().compareTo(pareto.get(1).getCount()) >= 0, "ordered");
        assertEquals(0, new BigDecimal("100").compareTo(sum(may.getByCategory())));

        // On-time rates as the step records say, department by department.
        Map<String, long[]> expected = new java.util.TreeMap<>();
        for (Long id : ids) {
            Complaint complaint = fixture.load(id);
            for (StepRecord step : complaint.getSteps()) {
                if (step.getDueAt() != null && step.getFinishedAt() != null) {
                    long[] counts = expected.computeIfAbsent(step.getHolderDepartment().name(), d -> new long[2]);
                    counts[0]++;
                    counts[1] += step.getFinishedAt().isAfter(step.getDueAt()) ? 0 : 1;
                }
            }
        }
        Map<String, DepartmentFigures> departments = may.getDepartments().stream()
                .collect(Collectors.toMap(DepartmentFigures::getDepartment, d -> d));
        expected.forEach((department, counts) -> {
            assertEquals(counts[0], departments.get(department).getSteps(), department);
            assertEquals(counts[1], departments.get(department).getOnTime(), department);
        });
        assertEquals(0, new BigDecimal("75.00").compareTo(departments.get("QA").getRate()), "one of four QA steps late");

        assertRefused(EJBAccessException.class, () -> fixture.business.call(() -> desk.live(MAY)));
        assertEquals(may.getTotals().getCases(), fixture.qa.call(() -> desk.live(MAY)).getTotals().getCases(),
                "QA reads the statistics (issue 14)");
        assertRefused(EJBAccessException.class, () -> fixture.qa.call(() -> desk.generate(MAY)));
        assertRefused(EJBAccessException.class, () -> fixture.gm.call(() -> desk.generate(MAY)));
        assertRefused(NoSnapshotException.class, () -> fixture.gmOffice.run(() -> desk.confirm(MAY)));

        StatisticsSnapshot generated = fixture.gmOffice.call(() -> desk.generate(MAY));
        assertEquals("gm-office", generated.getGenerated().getActor());
        fixture.gmOffice.run(() -> desk.confirm(MAY));
        assertRefused(SnapshotConfirmedException.class, () -> fixture.gmOffice.run(() -> desk.confirm(MAY)));
        assertRefused(SnapshotConfirmedException.class, () -> fixture.gmOffice.call(() -> desk.generate(MAY)));

        closed(false);
        assertEquals(5, fixture.gmOffice.call(() -> desk.live(MAY)).getTotals().getCases(), "live follows the cases");
        StatisticsSnapshot snapshot = fixture.gm.call(() -> desk.snapshot(MAY));
        assertNotNull(snapshot.getConfirmation());
        MonthlyFigures frozen = fixture.gm.call(() -> desk.figuresOf(snapshot));
        assertEquals(4, frozen.getTotals().getCases(), "the confirmed snapshot does not");
        assertEquals(0, new BigDecimal("100.00").compareTo(frozen.getPareto().get(1).getCumulative()));
        assertEquals(may.getByResponsible().get(0).getLabel(), frozen.getByResponsible().get(0).getLabel());
    }

    @Test
    void theTimerGeneratesLastMonthOnTheFirstWorkingDayOnly() throws Exception {
        clock.set(shanghai(2025, 3, 2, 6, 0));
        assertFalse(desk.generateIfDue(), "Sunday 2 March is no working day");
        clock.set(shanghai(2025, 3, 3, 6, 0));
        assertTrue(desk.generateIfDue(), "Monday 3 March is the first working day");
        assertEquals(StatisticsDesk.TIMER, fixture.gmOffice.call(() -> desk.snapshot(YearMonth.of(2025, 2))).getGenerated().getActor());
        assertFalse(desk.generateIfDue(), "once");
        clock.set(shanghai(2025, 3, 4, 6, 0));
        assertFalse(desk.generateIfDue(), "not on the second working day");
    }

    private static BigDecimal sum(List<Figure> figures) {
        return figures.stream().map(Figure::getPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

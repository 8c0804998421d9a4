package cn.kesu.business.statistics;

import static cn.kesu.support.CaseFixture.PASSWORD;
import static cn.kesu.support.MovableClock.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.business.deadline.Notices;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.deadline.SeverityReason;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Issue 15, item 10: a chain of re-complaints was counted as several complaints, in the statistics and in the
 * repeat rule. It is one complaint, counted once at its first receipt; the re-complaints are shown apart, and
 * every case page shows the whole chain. The statistics use June 2024, which no other test closes cases in.
 */
class RecomplaintChainIT extends InContainerTest {

    private static final YearMonth JUNE = YearMonth.of(2024, 6);

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @Inject
    Notices notices;

    @EJB
    StatisticsDesk desk;

    @EJB
    CaseQueries queries;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Files the customer's non-acceptance of a case and takes the new slip to acceptance. */
    private Long recomplain(Long original) throws Exception {
        Long copy = fixture.business.call(() -> fixture.businessDesk.fileRecomplaint(original,
                fixture.version(original), "客户不接受处理结论", PASSWORD));
        fixture.business.run(() -> fixture.businessDesk.submit(copy, fixture.version(copy), "再投诉", PASSWORD));
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.accept(copy, fixture.version(copy), "受理", PASSWORD));
        return copy;
    }

    @Test
    void aChainIsOneComplaintAtItsFirstReceiptWithItsReComplaintsShownApart() throws Exception {
        clock.set(shanghai(2024, 6, 3, 9, 0));
        Long first = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500")));
        clock.set(shanghai(2024, 6, 4, 9, 0));
        Long again = recomplain(first);
        assertEquals(Step.NOT_ACCEPTED, fixture.step(first));
        clock.set(shanghai(2024, 6, 5, 9, 0));
        fixture.toExecution(again, fixture.consolidation(new BigDecimal("5000"), Set.of(Disposition.ALLOWANCE), null),
                fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.execute(again);
        fixture.answer(again);
        fixture.business.run(() -> fixture.businessDesk.completeExecution(again, fixture.version(again), "已处理",
                PASSWORD));
        Long other = fixture.closed(fixture.domestic);

        MonthlyFigures june = fixture.gmOffice.call(() -> desk.live(JUNE));
        assertEquals(2, june.getTotals().getCases(), "the chain once, the other case once");
        assertEquals(1, june.getTotals().getRecomplaints(), "the re-complaint shown apart");
        assertEquals(2 * 35, june.getTotals().getDefects(), "the chain's goods once");
        assertEquals(0, new BigDecimal("5000").compareTo(june.getTotals().getClaim()),
                "the re-complaint's approved claim; the original's, never carried out, not; the other's 0");
        assertEquals(0, BigDecimal.valueOf(2).compareTo(june.getByCustomer().get(0).getCount()));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(june.getPareto().get(0).getCount()));

        Period period = Period.of(JUNE, ZoneId.of("Asia/Shanghai"));
        List<Long> drilled = fixture.auditor.call(() -> desk.cases(period, Dimension.ALL, null)).stream()
                .map(CaseRow::getId).toList();
        assertTrue(drilled.containsAll(List.of(first, other)) && !drilled.contains(again), drilled.toString());

        List<Long> chain = List.of(first, again);
        assertEquals(chain, fixture.auditor.call(() -> queries.chain(first)).stream().map(CaseRow::getId).toList());
        assertEquals(chain, fixture.auditor.call(() -> queries.chain(again)).stream().map(CaseRow::getId).toList());
        assertTrue(fixture.auditor.call(() -> queries.chain(other)).isEmpty(), "a case never re-complained has none");
    }

    @Test
    void theRepeatRuleCountsAChainOnce() throws Exception {
        clock.set(shanghai(2024, 7, 1, 9, 0));
        Long first = fixture.closed(fixture.domestic);
        clock.set(shanghai(2024, 7, 2, 9, 0));
        Long second = recomplain(first);
        Long third = recomplain(first);
        assertEquals(List.of(first, second, third), fixture.auditor.call(() -> queries.chain(third)).stream()
                .map(CaseRow::getId).toList());
        assertTrue(notices.severityNotices(second).stream().noneMatch(n -> n.getReason() == SeverityReason.REPEAT),
                "a re-complaint is no repeat of its own chain");

        clock.set(shanghai(2024, 7, 3, 9, 0));
        Long newComplaint = fixture.atQa(fixture.domestic);
        assertEquals(Severity.GENERAL, fixture.load(newComplaint).getSeverity(),
                "one earlier chain, not three earlier slips: no repeat");

        clock.set(shanghai(2024, 7, 4, 9, 0));
        Long thirdChain = fixture.atQa(fixture.domestic);
        assertEquals(Severity.MAJOR, fixture.load(thirdChain).getSeverity(), "the third chain in 30 days is");
        assertTrue(notices.severityNotices(thirdChain).stream().anyMatch(n -> n.getReason() == SeverityReason.REPEAT));
    }
}

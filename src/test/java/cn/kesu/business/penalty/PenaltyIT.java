package cn.kesu.business.penalty;

import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.catalog.UnknownCatalogEntryException;
import cn.kesu.business.common.StaleRecordException;
import cn.kesu.business.complaint.signature.SignatureRefusedException;
import cn.kesu.business.complaint.workflow.TextRequiredException;
import cn.kesu.infrastructure.pdf.PdfSigning;
import cn.kesu.infrastructure.pdf.PdfVerifier;
import cn.kesu.model.penalty.PenaltyKind;
import cn.kesu.model.penalty.PenaltyNotice;
import cn.kesu.model.penalty.PenaltyStatus;
import cn.kesu.model.penalty.Sanction;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * 奖罚通知单 (SPEC section 8): the GM office proposes from a finished month's closed cases, the gm
 * approves or rejects with his signature; only approved notices print (three copies) and reach HR.
 */
class PenaltyIT extends InContainerTest {

    private static final YearMonth APRIL = YearMonth.of(2019, 4);

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @EJB
    PenaltyDesk desk;

    @Inject
    PdfSigning signing;

    private Long closedInApril;

    @BeforeEach
    void aCaseClosedInApril2019() throws Exception {
        fixture.withCatalogs();
        clock.set(shanghai(2019, 4, 12, 9, 0));
        closedInApril = fixture.closed(fixture.domestic);
        clock.reset();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private PenaltyInput penalty(Sanction sanction, List<Long> cases) {
        return new PenaltyInput(PenaltyKind.PENALTY, fixture.painting.getId(), "赵六", new BigDecimal("200"), sanction,
                "烘烤温度未按规定点检，导致客诉", cases);
    }

    private PenaltyNotice notice(Long id) throws Exception {
        return fixture.gmOffice.call(() -> desk.notices(APRIL)).stream().filter(n -> n.getId().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void anApprovedNoticePrintsInThreeCopiesAndItsSanctionReachesHr() throws Exception {
        assertTrue(fixture.gmOffice.call(() -> desk.candidates(APRIL)).stream()
                .anyMatch(c -> c.caseId().equals(closedInApril)), "the month's closed case is offered");
        Long id = fixture.gmOffice.call(() -> desk.propose(APRIL, penalty(Sanction.WARNING, List.of(closedInApril))));
        assertEquals(PenaltyStatus.PROPOSED, notice(id).getStatus());
        assertRefused(PenaltyNotApprovedException.class, () -> fixture.gmOffice.call(() -> desk.notice(id)));
        assertTrue(fixture.gmOffice.call(() -> desk.forHr(APRIL)).stream().noneMatch(n -> n.getId().equals(id)));

        long version = notice(id).getVersion();
        assertRefused(EJBAccessException.class, () -> fixture.gmOffice.run(() -> desk.approve(id, version, CaseFixture.PASSWORD)));
        assertRefused(SignatureRefusedException.class, () -> fixture.gm.run(() -> desk.approve(id, version, "wrong")));
        fixture.gm.run(() -> desk.approve(id, version, CaseFixture.PASSWORD));

        PenaltyNotice approved = notice(id);
        assertEquals(PenaltyStatus.APPROVED, approved.getStatus());
        assertEquals("吴刚", approved.getDecidedByName());
        assertEquals(List.of(closedInApril), approved.getCases().stream().map(c -> c.getId()).toList());
        byte[] pdf = fixture.auditor.call(() -> desk.notice(id));
        assertTrue(signing.check(pdf).valid());
        assertTrue(PdfVerifier.signatureValid(pdf), "and so says PDFBox");
        assertEquals(3, PdfVerifier.pages(pdf), "kept, accounting, the unit");
        String text = PdfVerifier.text(pdf).replaceAll("\\s+", "");
        assertTrue(text.contains("奖罚通知单") && text.contains("第二联会计科") && text.contains("吴刚")
                && text.contains(approved.getAmount().toPlainString()), text);
        assertTrue(fixture.gm.call(() -> desk.forHr(APRIL)).stream().anyMatch(n -> n.getId().equals(id)));
        assertTrue(signing.check(fixture.gmOffice.call(() -> desk.hrList(APRIL))).valid());
        assertRefused(PenaltyDecidedException.class, () -> fixture.gm.run(() ->
                desk.reject(id, approved.getVersion(), "改判", CaseFixture.PASSWORD)));
    }

    @Test
    void aRejectedNoticeNeedsAReasonAndNeverPrints() throws Exception {
        Long id = fixture.gmOffice.call(() -> desk.propose(APRIL, penalty(null, List.of(closedInApril))));
        long version = notice(id).getVersion();

        assertRefused(TextRequiredException.class, () -> fixture.gm.run(() -> desk.reject(id, version, " ", CaseFixture.PASSWORD)));
        assertRefused(StaleRecordException.class, () -> fixture.gm.run(() -> desk.reject(id, version + 1, "不妥", CaseFixture.PASSWORD)));
        fixture.gm.run(() -> desk.reject(id, version, "责任尚有争议，待签呈批示", CaseFixture.PASSWORD));

        assertEquals(PenaltyStatus.REJECTED, notice(id).getStatus());
        assertEquals("责任尚有争议，待签呈批示", notice(id).getDecisionNote());
        assertRefused(PenaltyNotApprovedException.class, () -> fixture.gm.call(() -> desk.notice(id)));
    }

    @Test
    void proposalsAreForAFinishedMonthItsClosedCasesAndSomethingToRewardOrPenalise() throws Exception {
        YearMonth now = YearMonth.now(fixture.clock);
        assertRefused(MonthNotClosedException.class, () -> fixture.gmOffice.call(() ->
                desk.propose(now, penalty(Sanction.WARNING, List.of(closedInApril)))));
        assertRefused(CaseNotInMonthException.class, () -> fixture.gmOffice.call(() ->
                desk.propose(APRIL.minusMonths(1), penalty(Sanction.WARNING, List.of(closedInApril)))));
        Long open = fixture.atQa(fixture.domestic);
        assertRefused(CaseNotInMonthException.class, () -> fixture.gmOffice.call(() ->
                desk.propose(APRIL, penalty(Sanction.WARNING, List.of(closedInApril, open)))));
        assertRefused(EmptyPenaltyException.class, () -> fixture.gmOffice.call(() -> desk.propose(APRIL,
                new PenaltyInput(PenaltyKind.PENALTY, fixture.painting.getId(), null, BigDecimal.ZERO, null, "无", List.of(closedInApril)))));
        assertRefused(UnknownCatalogEntryException.class, () -> fixture.gmOffice.call(() -> desk.propose(APRIL,
                new PenaltyInput(PenaltyKind.PENALTY, fixture.supplier.getId(), null, BigDecimal.TEN, null, "供应商", List.of(closedInApril)))));
        assertRefused(ConstraintViolationException.class, () -> fixture.gmOffice.call(() ->
                desk.propose(APRIL, penalty(Sanction.WARNING, List.of()))));
        assertRefused(EJBAccessException.class, () -> fixture.gm.call(() ->
                desk.propose(APRIL, penalty(Sanction.WARNING, List.of(closedInApril)))));
        assertRefused(EJBAccessException.class, () -> fixture.qa.call(() -> desk.notices(APRIL)));
    }
}

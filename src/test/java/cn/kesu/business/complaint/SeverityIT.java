package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.action.WrongApproverException;
import cn.kesu.business.complaint.severity.SeverityNotRaisedException;
import cn.kesu.business.complaint.workflow.StaleCaseException;
import cn.kesu.business.complaint.workflow.TextRequiredException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.deadline.Inbox;
import cn.kesu.business.deadline.Notices;
import cn.kesu.business.deadline.SeverityNotices;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Outcome;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.complaint.StepRecord;
import cn.kesu.model.deadline.SeverityNotice;
import cn.kesu.model.deadline.SeverityReason;
import cn.kesu.model.user.Role;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Severity and repeats (SPEC section 7): the third complaint of a customer about a part number within
 * 30 days is major, so is a claim above the deputy gm's limit, the GM office raises any case; every
 * major case notifies the gm and is approved by him.
 */
class SeverityIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @Inject
    Notices notices;

    @EJB
    Inbox inbox;

    @EJB
    SeverityNotices severityNotices;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void ofThreeSlipsReceivedAtTheSameMomentOnlyTheThirdAcceptedIsARepeat() throws Exception {
        clock.set(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2).withNano(0));
        Long first = fixture.submitted(fixture.domestic);
        Long second = fixture.submitted(fixture.domestic);
        Long third = fixture.submitted(fixture.domestic);
        for (Long id : List.of(first, second, third)) {
            fixture.gmOffice.run(() -> fixture.gmOfficeDesk.accept(id, fixture.version(id), "受理", CaseFixture.PASSWORD));
        }

        assertEquals(Severity.GENERAL, fixture.load(first).getSeverity(), "nothing before it");
        assertEquals(Severity.GENERAL, fixture.load(second).getSeverity(), "one before it");
        assertEquals(Severity.MAJOR, fixture.load(third).getSeverity(), "two before it: the third");
        assertTrue(notices.severityNotices(first).isEmpty() && notices.severityNotices(second).isEmpty(),
                "the gm hears of the repeat once");
        assertEquals(1, notices.severityNotices(third).size());
    }

    @Test
    void theThirdComplaintOfTheSameCustomerAndPartWithinThirtyDaysIsMajorNotifiesTheGmAndGoesToHimForApproval()
            throws Exception {
        Long first = fixture.atQa(fixture.domestic);
        Long second = fixture.atQa(fixture.domestic);
        assertEquals(Severity.GENERAL, fixture.load(second).getSeverity());
        assertTrue(notices.severityNotices(second).isEmpty());

        Long third = fixture.atQa(fixture.domestic);

        assertEquals(Severity.GENERAL, fixture.load(first).getSeverity());
        assertEquals(Severity.MAJOR, fixture.load(third).getSeverity());
        List<SeverityNotice> sent = notices.severityNotices(third);
        assertEquals(1, sent.size());
        assertEquals(SeverityReason.REPEAT, sent.get(0).getReason());
        assertTrue(fixture.gm.call(() -> inbox.severityNotices(true)).stream().anyMatch(n -> n.getId().equals(sent.get(0).getId())));
        assertTrue(Duration.between(sent.get(0).getIssuedAt(), sent.get(0).getMail().getDueAt()).compareTo(Duration.ofHours(24)) < 0,
                "mailed within 24 hours");

        // QA finds it "general": the severity does not go down, and the small claim still goes to the gm.
        fixture.investigate(third, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(third);
        fixture.check(third);
        fixture.handle(third);
        fixture.consolidate(third, new BigDecimal("800"));
        Complaint consolidated = fixture.load(third);
        assertEquals(Severity.MAJOR, consolidated.getSeverity());
        assertEquals(Role.GM, consolidated.getApproverRole());
        assertRefused(WrongApproverException.class, () -> fixture.businessManager.run(() ->
                fixture.approvalDesk.approve(third, fixture.version(third), "批准", CaseFixture.PASSWORD)));
        fixture.gm.run(() -> fixture.approvalDesk.approve(third, fixture.version(third), "批准", CaseFixture.PASSWORD));
        assertEquals(Step.EXECUTION, fixture.step(third));
    }

    @Test
    void aComplaintOlderThanThirtyDaysDoesNotCount() throws Exception {
        clock.set(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).minusDays(31));
        fixture.atQa(fixture.domestic);
        clock.reset();
        fixture.atQa(fixture.domestic);
        Long latest = fixture.atQa(fixture.domestic);

        assertEquals(Severity.GENERAL, fixture.load(latest).getSeverity());
    }

    @Test
    void aClaimAboveTheDeputyGmsLimitMakesTheCaseMajor() throws Exception {
        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("100000.01"), Severity.GENERAL);

        Complaint major = fixture.load(id);
        assertEquals(Severity.MAJOR, major.getSeverity());
        assertEquals(Role.GM, major.getApproverRole());
        assertEquals(SeverityReason.CLAIM_LIMIT, notices.severityNotices(id).get(0).getReason());
        Long atLimit = fixture.atApproval(fixture.domestic, new BigDecimal("100000.00"), Severity.GENERAL);
        assertEquals(Severity.GENERAL, fixture.load(atLimit).getSeverity());
        assertEquals(Role.DEPUTY_GM, fixture.load(atLimit).getApproverRole());
    }

    @Test
    void qaFindingACrisisNotifiesTheGmAtOnce() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        fixture.investigate(id, fixture.qaFindings(true, false, Severity.CRISIS));

        assertEquals(SeverityReason.QA_FINDING, notices.severityNotices(id).get(0).getReason());
        assertEquals(Severity.CRISIS, notices.severityNotices(id).get(0).getSeverity());
    }

    @Test
    void theGmOfficeRaisesACaseWaitingForTheBusinessManagerAndTheApprovalGoesToTheGm() throws Exception {
        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("800"), Severity.GENERAL);
        assertEquals(Role.BUSINESS_MANAGER, fixture.load(id).getApproverRole());

        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.raiseSeverity(id, fixture.version(id), Severity.MAJOR,
                "客户为重点客户，已在媒体投诉"));

        Complaint raised = fixture.load(id);
        assertEquals(Severity.MAJOR, raised.getSeverity());
        assertEquals(Role.GM, raised.getApproverRole());
        assertEquals(Role.GM, raised.getHolderRole());
        List<StepRecord> steps = raised.getSteps();
        assertEquals(Outcome.REROUTED, steps.get(steps.size() - 2).getOutcome());
        assertEquals(Step.APPROVAL, steps.get(steps.size() - 1).getStep());
        SeverityNotice notice = notices.severityNotices(id).get(0);
        assertEquals(SeverityReason.GM_OFFICE, notice.getReason());
        assertEquals("客户为重点客户，已在媒体投诉", notice.getNote());
        assertRefused(WrongApproverException.class, () -> fixture.businessManager.run(() ->
                fixture.approvalDesk.approve(id, fixture.version(id), "批准", CaseFixture.PASSWORD)));
        fixture.gm.run(() -> fixture.approvalDesk.approve(id, fixture.version(id), "批准", CaseFixture.PASSWORD));

        assertRefused(EJBAccessException.class, () -> fixture.gmOffice.run(() ->
                severityNotices.acknowledge(notice.getId(), notice.getVersion())));
        fixture.gm.run(() -> severityNotices.acknowledge(notice.getId(), notice.getVersion()));
        assertEquals("gm", notices.severityNotices(id).get(0).getAcknowledgement().getActor());
    }

    @Test
    void raisingIsRefusedDownwardsWithoutAReasonToOtherRolesAndOnClosedCases() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        fixture.investigate(id, fixture.qaFindings(true, false, Severity.MAJOR));

        assertRefused(SeverityNotRaisedException.class, () -> fixture.gmOffice.run(() ->
                fixture.gmOfficeDesk.raiseSeverity(id, fixture.version(id), Severity.MAJOR, "重大")));
        assertRefused(SeverityNotRaisedException.class, () -> fixture.gmOffice.run(() ->
                fixture.gmOfficeDesk.raiseSeverity(id, fixture.version(id), Severity.GENERAL, "降级")));
        assertRefused(TextRequiredException.class, () -> fixture.gmOffice.run(() ->
                fixture.gmOfficeDesk.raiseSeverity(id, fixture.version(id), Severity.CRISIS, "")));
        assertRefused(EJBAccessException.class, () -> fixture.qa.run(() ->
                fixture.gmOfficeDesk.raiseSeverity(id, fixture.version(id), Severity.CRISIS, "危机")));
        assertRefused(StaleCaseException.class, () -> fixture.gmOffice.run(() ->
                fixture.gmOfficeDesk.raiseSeverity(id, fixture.version(id) - 1, Severity.CRISIS, "危机")));
        Long closed = fixture.closed(fixture.domestic);
        assertRefused(WrongStepException.class, () -> fixture.gmOffice.run(() ->
                fixture.gmOfficeDesk.raiseSeverity(closed, fixture.version(closed), Severity.MAJOR, "事后")));
        Long draft = fixture.draft(fixture.domestic);
        assertRefused(WrongStepException.class, () -> fixture.gmOffice.run(() ->
                fixture.gmOfficeDesk.raiseSeverity(draft, fixture.version(draft), Severity.MAJOR, "未受理")));
    }
}

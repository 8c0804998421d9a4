package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.action.FollowUpDoneException;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.business.complaint.workflow.StaleCaseException;
import cn.kesu.business.complaint.workflow.TextRequiredException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.deadline.FollowUpRow;
import cn.kesu.business.deadline.Inbox;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.LinkReason;
import cn.kesu.model.complaint.Satisfaction;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

/**
 * Cases that continue a case (SPEC sections 3 and 7): the customer does not accept the conclusion and
 * business files a linked slip one severity level higher; the satisfaction follow-up (回访) within 7
 * days of closing, where a 4 or 5 opens such a slip by itself, and follow-ups overdue in the GM
 * office's inbox.
 */
class LinkedCasesIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @EJB
    CaseQueries queries;

    @EJB
    Inbox inbox;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCustomerWhoDoesNotAcceptGetsALinkedSlipOneSeverityLevelHigherWithTheOriginalsData() throws Exception {
        Long original = fixture.closed(fixture.domestic);

        Long copy = fixture.business.call(() -> fixture.businessDesk.fileRecomplaint(original, fixture.version(original), "客户要求全数退货", CaseFixture.PASSWORD));

        Complaint linked = fixture.load(copy);
        Complaint was = fixture.load(original);
        assertEquals(Step.DRAFT, linked.getCurrentStep());
        assertEquals(Severity.MAJOR, linked.getSeverity());
        assertEquals(LinkReason.NOT_ACCEPTED, linked.getLinkReason());
        assertEquals(was.getSlip().getPartNo(), linked.getSlip().getPartNo());
        assertEquals(was.getSlip().getDefectQuantity(), linked.getSlip().getDefectQuantity());
        assertEquals(was.getCustomer().getId(), linked.getCustomer().getId());
        assertTrue(linked.getSlip().getDescription().contains(was.getNumber())
                && linked.getSlip().getDescription().contains("客户要求全数退货"), linked.getSlip().getDescription());
        assertEquals(List.of(copy), fixture.auditor.call(() -> queries.continuations(original)).stream()
                .map(CaseRow::getId).toList(), "the original shows its continuation");
        assertEquals(original, fixture.business.call(() -> queries.find(copy)).getOriginalCase().getId());
    }

    @Test
    void aRecomplaintOfAMajorCaseIsACrisisAndTheGmIsToldWhenItIsAccepted() throws Exception {
        Long major = fixture.atExecution(fixture.domestic, fixture.consolidation(java.math.BigDecimal.ZERO,
                java.util.Set.of(cn.kesu.model.complaint.Disposition.EXPLANATION_ONLY), null),
                fixture.qaFindings(true, false, Severity.MAJOR));
        Long copy = fixture.business.call(() -> fixture.businessDesk.fileRecomplaint(major, fixture.version(major), "客户不接受说明", CaseFixture.PASSWORD));
        assertEquals(Severity.CRISIS, fixture.load(copy).getSeverity());

        fixture.business.run(() -> fixture.businessDesk.submit(copy, fixture.version(copy), "再投诉", CaseFixture.PASSWORD));
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.accept(copy, fixture.version(copy), "受理", CaseFixture.PASSWORD));
        assertTrue(fixture.gm.call(() -> inbox.severityNotices(true)).stream()
                .anyMatch(n -> n.getComplaint().getId().equals(copy) && n.getSeverity() == Severity.CRISIS));
    }

    @Test
    void aRecomplaintIsRefusedBeforeTheCustomerWasToldTheConclusionOrWithoutAReasonOrToOtherRoles() throws Exception {
        Long open = fixture.atQa(fixture.domestic);
        assertRefused(WrongStepException.class, () -> fixture.business.call(() ->
                fixture.businessDesk.fileRecomplaint(open, fixture.version(open), "不接受", CaseFixture.PASSWORD)));
        Long closed = fixture.closed(fixture.domestic);
        assertRefused(TextRequiredException.class, () -> fixture.business.call(() ->
                fixture.businessDesk.fileRecomplaint(closed, fixture.version(closed), " ", CaseFixture.PASSWORD)));
        assertRefused(EJBAccessException.class, () -> fixture.qa.call(() ->
                fixture.businessDesk.fileRecomplaint(closed, fixture.version(closed), "不接受", CaseFixture.PASSWORD)));
        assertTrue(fixture.auditor.call(() -> queries.continuations(closed)).isEmpty());
        long seen = fixture.version(closed);
        fixture.business.call(() -> fixture.businessDesk.fileRecomplaint(closed, seen, "客户不接受", CaseFixture.PASSWORD));
        assertRefused(StaleCaseException.class, () -> fixture.business.call(() ->
                fixture.businessDesk.fileRecomplaint(closed, seen, "客户不接受", CaseFixture.PASSWORD)));
        assertEquals(1, fixture.auditor.call(() -> queries.continuations(closed)).size(), "a double submit files one slip");
    }

    @Test
    void aRatingOfFourOpensALinkedRecomplaintOneLevelHigher() throws Exception {
        Long id = fixture.closed(fixture.domestic);

        Long recomplaint = fixture.business.call(() -> fixture.businessDesk.recordFollowUp(id, fixture.version(id),
                Satisfaction.DISSATISFIED, "客户认为处理太慢"));

        assertNotNull(recomplaint);
        Complaint rated = fixture.load(id);
        assertEquals(Satisfaction.DISSATISFIED, rated.getFollowUp().getRating());
        assertEquals("business", rated.getFollowUp().getRecordedBy());
        Complaint opened = fixture.load(recomplaint);
        assertEquals(LinkReason.DISSATISFIED, opened.getLinkReason());
        assertEquals(id, opened.getOriginalCase().getId());
        assertEquals(Severity.MAJOR, opened.getSeverity());
        assertEquals(Step.DRAFT, opened.getCurrentStep());
        assertTrue(opened.getSlip().getDescription().contains("4 不满意"), opened.getSlip().getDescription());
    }

    @Test
    void aRatingOfThreeOpensNothingAndAFollowUpIsRecordedOnce() throws Exception {
        Long id = fixture.closed(fixture.domestic);

        assertNull(fixture.business.call(() -> fixture.businessDesk.recordFollowUp(id, fixture.version(id),
                Satisfaction.ACCEPTABLE, null)));

        assertTrue(fixture.auditor.call(() -> queries.continuations(id)).isEmpty());
        assertRefused(FollowUpDoneException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .recordFollowUp(id, fixture.version(id), Satisfaction.VERY_DISSATISFIED, "改口")));
        assertRefused(StaleCaseException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .recordFollowUp(id, fixture.version(id) - 1, Satisfaction.SATISFIED, null)));
        assertRefused(EJBAccessException.class, () -> fixture.qa.call(() -> fixture.businessDesk
                .recordFollowUp(id, fixture.version(id), Satisfaction.SATISFIED, null)));
        Long open = fixture.atQa(fixture.domestic);
        assertRefused(WrongStepException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .recordFollowUp(open, fixture.version(open), Satisfaction.SATISFIED, null)));
    }

    @Test
    void followUpsNotDoneWithinSevenDaysAppearInTheGmOfficesInbox() throws Exception {
        Long id = fixture.closed(fixture.domestic);
        Long rated = fixture.closed(fixture.domestic);
        fixture.business.call(() -> fixture.businessDesk.recordFollowUp(rated, fixture.version(rated),
                Satisfaction.VERY_SATISFIED, null));

        assertTrue(caseIds(fixture.gmOffice.call(() -> inbox.followUps(false))).contains(id), "due, not yet overdue");
        assertFalse(caseIds(fixture.gmOffice.call(() -> inbox.followUps(true))).contains(id));
        assertTrue(caseIds(fixture.business.call(() -> inbox.followUps(false))).contains(id), "business calls the customer");
        assertTrue(fixture.qa.call(() -> inbox.followUps(false)).isEmpty(), "not QA's work");

        clock.set(java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plus(Duration.ofDays(7)).plusMinutes(5));
        List<Long> overdue = caseIds(fixture.gmOffice.call(() -> inbox.followUps(true)));
        assertTrue(overdue.contains(id), "overdue after 7 days");
        assertFalse(overdue.contains(rated), "a rated case is done");
        assertTrue(fixture.gmOffice.call(() -> inbox.unreadCount()).items() > 0);
    }

    private static List<Long> caseIds(List<FollowUpRow> rows) {
        return rows.stream().map(FollowUpRow::caseId).toList();
    }
}

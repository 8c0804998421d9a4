package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.approval.ConsolidationInput;
import cn.kesu.business.complaint.approval.DispositionRequiredException;
import cn.kesu.business.complaint.intake.SlipInput;
import cn.kesu.business.complaint.query.CaseHistory;
import cn.kesu.business.complaint.query.HistoryEntry;
import cn.kesu.business.complaint.query.HistoryValue;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Outcome;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Signature;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.complaint.StepRecord;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** The paths of a case through the departments (SPEC section 3), step by step. */
class ComplaintWorkflowIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @jakarta.ejb.EJB
    CaseHistory caseHistory;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void domesticCaseGoesFromDraftThroughEveryStepToClosed() throws Exception {
        Long id = fixture.draft(fixture.domestic);
        assertEquals(Step.DRAFT, fixture.step(id));
        assertNull(fixture.load(id).getNumber(), "no number before acceptance");

        fixture.business.run(() -> fixture.businessDesk.submit(id, fixture.version(id), "请处理", CaseFixture.PASSWORD));
        assertEquals(Step.SUBMITTED, fixture.step(id));
        assertEquals(Department.GM_OFFICE, fixture.load(id).getHolderDepartment());

        String number = fixture.gmOffice.call(() -> fixture.gmOfficeDesk.accept(id, fixture.version(id), "受理", CaseFixture.PASSWORD));
        assertTrue(number.matches("\\d{4}\\d{2,}"), number);
        Complaint accepted = fixture.load(id);
        assertEquals(Step.QA_INVESTIGATION, accepted.getCurrentStep());
        assertEquals(15, Duration.between(accepted.getAcceptedAt(), accepted.getCaseDueAt()).toDays());

        fixture.qa.run(() -> fixture.qaDepartment.investigate(id, fixture.version(id),
                fixture.qaFindings(true, false, Severity.GENERAL), "调查完成", CaseFixture.PASSWORD));
        Complaint signedByQa = fixture.load(id);
        assertEquals(Step.QA_INVESTIGATION, signedByQa.getCurrentStep(), "waits for the QA manager");
        assertTrue(signedByQa.isAwaitingCountersign());
        assertEquals(2, signedByQa.getResponsibilities().size());
        fixture.qaManager.run(() -> fixture.qaDepartment.countersign(id, fixture.version(id), "同意", CaseFixture.PASSWORD));
        assertEquals(Step.PRODUCTION_ANALYSIS, fixture.step(id));

        fixture.analyse(id);
        assertEquals(Step.GM_CHECK, fixture.step(id), "not special: no R&D opinion");
        fixture.check(id);
        assertEquals(Step.BUSINESS_HANDLING, fixture.step(id));
        fixture.handle(id);
        assertEquals(Step.GM_CONSOLIDATION, fixture.step(id));
        fixture.consolidate(id, new BigDecimal("3500.00"));
        Complaint consolidated = fixture.load(id);
        assertEquals(Step.APPROVAL, consolidated.getCurrentStep());
        assertEquals(Role.BUSINESS_MANAGER, consolidated.getApproverRole());
        assertEquals(Department.BUSINESS, consolidated.getHolderDepartment());
        assertEquals(new BigDecimal("2450.00"), consolidated.getConsolidation().getLossAmount());

        fixture.businessManager.run(() -> fixture.approvalDesk.approve(id, fixture.version(id), "批准", CaseFixture.PASSWORD));
        assertEquals(Step.EXECUTION, fixture.step(id));
        fixture.execute(id);
        fixture.answer(id);
        fixture.business.run(() -> fixture.businessDesk.completeExecution(id, fixture.version(id), "已退货并折让", CaseFixture.PASSWORD));

        Complaint closed = fixture.load(id);
        assertEquals(Step.CLOSED, closed.getCurrentStep());
        assertNotNull(closed.getClosedAt());
        assertNull(closed.getHolderDepartment());
        assertEquals(List.of(SignatureMeaning.SUBMITTED, SignatureMeaning.ACCEPTED, SignatureMeaning.QA_COMPLETED,
                        SignatureMeaning.QA_COUNTERSIGNED, SignatureMeaning.PRODUCTION_COMPLETED,
                        SignatureMeaning.PRODUCTION_COUNTERSIGNED, SignatureMeaning.GM_CHECKED,
                        SignatureMeaning.HANDLING_COMPLETED, SignatureMeaning.HANDLING_COUNTERSIGNED,
                        SignatureMeaning.CONSOLIDATED, SignatureMeaning.APPROVED, SignatureMeaning.RETURN_ISSUED,
                        SignatureMeaning.RETURN_RELEASED, SignatureMeaning.RETURN_RECEIVED, SignatureMeaning.RETURN_POSTED,
                        SignatureMeaning.ALLOWANCE_ISSUED,
                        SignatureMeaning.ALLOWANCE_COUNTERSIGNED, SignatureMeaning.ALLOWANCE_CUSTOMER_SIGNED,
                        SignatureMeaning.ALLOWANCE_POSTED, SignatureMeaning.EXECUTED),
                closed.getSignatures().stream().map(Signature::getMeaning).toList());
        Signature qaSignature = closed.getSignatures().get(2);
        assertEquals("qa", qaSignature.getUsername());
        assertEquals("李娜", qaSignature.getFullName());
        assertEquals(Role.QA, qaSignature.getRole());
        assertEquals(Department.QA, qaSignature.getDepartment());
        assertEquals("调查完成", qaSignature.getOpinion());
        assertTrue(closed.getSteps().stream().noneMatch(StepRecord::isOpen));
    }

    @Test
    void specialAbnormalityGoesToRndAfterProduction() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        fixture.investigate(id, fixture.qaFindings(true, true, Severity.GENERAL));
        fixture.analyse(id);
        assertEquals(Step.RND_OPINION, fixture.step(id));

        fixture.rnd.run(() -> fixture.rndDepartment.giveOpinion(id, fixture.version(id), "建议改用耐高温涂料", CaseFixture.PASSWORD));

        assertEquals(Step.GM_CHECK, fixture.step(id));
        assertEquals("建议改用耐高温涂料", fixture.load(id).getRndOpinion());
    }

    @Test
    void complaintNotEstablishedSkipsProductionAndClosesInvalidWithoutApproval() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        fixture.investigate(id, fixture.qaFindings(false, false, Severity.GENERAL));
        assertEquals(Step.GM_CHECK, fixture.step(id), "不成立 skips steps 4 and 5");
        fixture.check(id);
        fixture.handle(id);
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.consolidate(id, fixture.version(id),
                fixture.consolidation(BigDecimal.ZERO), "客诉不成立，依正常条件收款", CaseFixture.PASSWORD));

        Complaint invalid = fixture.load(id);
        assertEquals(Step.INVALID, invalid.getCurrentStep());
        assertNull(invalid.getApproverRole());
        assertNotNull(invalid.getClosedAt());
        assertTrue(invalid.getSignatures().stream().noneMatch(s -> s.getMeaning() == SignatureMeaning.APPROVED));
        assertEquals(SignatureMeaning.CLOSED_INVALID, invalid.getSignatures().get(invalid.getSignatures().size() - 1).getMeaning());
    }

    /** Issue 15, item 13.10: the GM office had to invent a disposition and a claim (or saw 不能为null). */
    @Test
    void aComplaintNotEstablishedClosesWithoutDispositionsOrClaimButAnEstablishedOneNeedsADisposition() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        fixture.investigate(id, fixture.qaFindings(false, false, Severity.GENERAL));
        fixture.check(id);
        fixture.handle(id);
        ConsolidationInput opinionOnly = new ConsolidationInput(Set.of(), null, null, null, null, null, null, null,
                null, false, null, null, false);
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.consolidate(id, fixture.version(id), opinionOnly,
                "客诉不成立，依正常条件收款", CaseFixture.PASSWORD));
        assertEquals(Step.INVALID, fixture.step(id));
        assertEquals(0, BigDecimal.ZERO.compareTo(fixture.load(id).getConsolidation().getClaimAmount()));

        Long established = fixture.atQa(fixture.domestic);
        fixture.investigate(established, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(established);
        fixture.check(established);
        fixture.handle(established);
        assertRefused(DispositionRequiredException.class, () -> fixture.gmOffice.run(() ->
                fixture.gmOfficeDesk.consolidate(established, fixture.version(established), opinionOnly, "",
                        CaseFixture.PASSWORD)));
        assertEquals(Step.GM_CONSOLIDATION, fixture.step(established));
    }

    @Test
    void holderSendsBackOneStepWithReasonAndTheCaseDeadlineKeepsRunning() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        Complaint before = fixture.load(id);

        fixture.qa.run(() -> fixture.qaDepartment.sendBack(id, fixture.version(id), "样品未附，请补"));

        Complaint sentBack = fixture.load(id);
        assertEquals(Step.SUBMITTED, sentBack.getCurrentStep());
        StepRecord qaStay = sentBack.getSteps().get(sentBack.getSteps().size() - 2);
        assertEquals(Step.QA_INVESTIGATION, qaStay.getStep());
        assertEquals(Outcome.SENT_BACK, qaStay.getOutcome());
        assertEquals("样品未附，请补", qaStay.getSendBackReason());
        assertEquals(before.getCaseDueAt(), sentBack.getCaseDueAt());

        String again = fixture.gmOffice.call(() -> fixture.gmOfficeDesk.accept(id, fixture.version(id), "补齐后再受理", CaseFixture.PASSWORD));
        assertEquals(before.getNumber(), again, "a number is never changed or reused");
        assertEquals(Step.QA_INVESTIGATION, fixture.step(id));
    }

    @Test
    void gmOfficeReturnsAnIncompleteSlipToBusinessAsDraft() throws Exception {
        Long id = fixture.submitted(fixture.domestic);

        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.returnIncomplete(id, fixture.version(id), "缺订单编号"));

        assertEquals(Step.DRAFT, fixture.step(id));
        assertNull(fixture.load(id).getNumber());
        fixture.business.run(() -> fixture.businessDesk.reviseDraft(id, fixture.version(id), fixture.slip(fixture.domestic)));
        fixture.business.run(() -> fixture.businessDesk.submit(id, fixture.version(id), "已补", CaseFixture.PASSWORD));
        assertEquals(Step.SUBMITTED, fixture.step(id));
    }

    @Test
    void approverRejectsBackToConsolidationWithReason() throws Exception {
        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("50000"), Severity.GENERAL);

        fixture.deputyGm.run(() -> fixture.approvalDesk.reject(id, fixture.version(id), "损失核算需附明细", CaseFixture.PASSWORD));

        Complaint rejected = fixture.load(id);
        assertEquals(Step.GM_CONSOLIDATION, rejected.getCurrentStep());
        assertEquals(SignatureMeaning.REJECTED, rejected.getSignatures().get(rejected.getSignatures().size() - 1).getMeaning());
    }

    @Test
    void changedFieldIsInTheAuditTrailWithWhoAndOldAndNewValue() throws Exception {
        Long id = fixture.draft(fixture.domestic);
        var slip = fixture.slip(fixture.domestic);
        var revised = new SlipInput(slip.customerId(), slip.abnormalityTypeId(), slip.contact(), slip.channel(),
                slip.receivedAt(), slip.orderNo(), "CUP-750-RED", slip.shipmentDate(), slip.quantityShipped(),
                slip.defectQuantity(), slip.customerRequests(), false, slip.description(), slip.sampleReceived(),
                slip.category(), slip.businessRemark(), null);

        fixture.business.run(() -> fixture.businessDesk.reviseDraft(id, fixture.version(id), revised));

        List<HistoryEntry> history = fixture.auditor.call(() -> caseHistory.changes(id));
        HistoryEntry partChange = history.stream().filter(h -> h.field().equals("slip.partNo") && h.oldValue() != null)
                .findFirst().orElseThrow(() -> new AssertionError(history.toString()));
        assertEquals(HistoryValue.ofText("CUP-500-BLK"), partChange.oldValue());
        assertEquals(HistoryValue.ofText("CUP-750-RED"), partChange.newValue());
        assertEquals("business", partChange.username());
        // Issue 15, item 8: the tab showed currentStep = DRAFT and true; now label keys the screen translates.
        assertTrue(history.stream().anyMatch(h -> h.field().equals("slip.currentStep")
                        && HistoryValue.ofKeys(List.of("step.DRAFT")).equals(h.newValue())), "creation is recorded too");
        assertTrue(history.stream().anyMatch(h -> h.field().equals("slip.sampleReceived")
                && h.newValue().isTranslated() && h.newValue().labelKeys().get(0).startsWith("slip.")), history.toString());
    }

    @Test
    void foreignCustomerGetsTwentyDaysAndStepDeadlinesCountWorkingDays() throws Exception {
        ZonedDateTime friday = MovableClock.shanghai(2026, 10, 16, 10, 0);
        clock.set(friday);
        Long id = fixture.atQa(fixture.foreign);

        Complaint accepted = fixture.load(id);
        assertEquals(friday.plusDays(20).toInstant(), accepted.getCaseDueAt(), "case deadline: calendar days");
        assertEquals(MovableClock.shanghai(2026, 10, 21, 10, 0).toInstant(), accepted.getStepDueAt(),
                "QA: 3 working days from Friday is Wednesday");
        assertEquals(accepted.getStepDueAt(), accepted.currentRecord().getDueAt());
    }
}

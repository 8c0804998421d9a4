package cn.kesu.business.execution;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseOptions;
import cn.kesu.business.complaint.action.QuantitiesNotPendingException;
import cn.kesu.business.complaint.action.QuantitiesPendingException;
import cn.kesu.business.complaint.action.WrongApproverException;
import cn.kesu.business.complaint.intake.DefectsAboveShippedException;
import cn.kesu.business.complaint.investigation.QaInput;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.signature.SignatureRefusedException;
import cn.kesu.business.complaint.workflow.RecusedException;
import cn.kesu.business.complaint.workflow.StaleCaseException;
import cn.kesu.business.complaint.workflow.TextRequiredException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.statistics.StatisticsDesk;
import cn.kesu.infrastructure.pdf.PdfVerifier;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.AllowanceNoteStatus;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.ReturnNoteStatus;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The execution step (依批示处理, SPEC section 4): allowance notes within the approved amount, return notes
 * reconciled against the over-acceptance ratio, the explanation's acknowledgement, and 结案 only once
 * every approved disposition is done. Each department acts through its own desk.
 */
class ExecutionIT extends InContainerTest {

    private static final String PASSWORD = CaseFixture.PASSWORD;

    @Inject
    CaseFixture fixture;

    @EJB
    ExecutionQueries queries;

    @EJB
    ExecutionDocuments documents;

    @EJB
    CaseQueries cases;

    @EJB
    StatisticsDesk statistics;

    @Inject
    cn.kesu.infrastructure.pdf.PdfSigning signing;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    private Long returnCase(int approvedQuantity) throws Exception {
        return fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("800"),
                Set.of(Disposition.RETURN), approvedQuantity));
    }

    private Long issueReturn(Long id, int quantity) throws Exception {
        return fixture.business.call(() -> fixture.businessDesk.issueReturnNote(id, fixture.version(id),
                Disposition.RETURN, quantity, "喷漆起泡不良品退回", "退回后报废，另行补货", PASSWORD));
    }

    private ReturnNote returnNote(Long id) throws Exception {
        return fixture.auditor.call(() -> queries.returnNotes(id)).get(0);
    }

    private AllowanceNote allowanceNote(Long id) throws Exception {
        return fixture.auditor.call(() -> queries.allowanceNotes(id)).get(0);
    }

    /** The business manager's 批示 where the note still waits for it, then the warehouse's receipt. */
    private void receive(Long id, Long note, int quantity) throws Exception {
        boolean released = fixture.auditor.call(() -> queries.returnNotes(id)).stream()
                .noneMatch(n -> n.getId().equals(note) && n.isIn(ReturnNoteStatus.ISSUED));
        if (!released) {
            fixture.release(id, note);
        }
        fixture.warehouse.run(() -> fixture.warehouseDesk.receiveReturn(id, fixture.version(id), note, quantity, PASSWORD));
    }

    private boolean reconcile(Long id, Long note) throws Exception {
        return fixture.accounting.call(() -> fixture.accountingDesk.reconcileReturn(id, fixture.version(id), note,
                "记-1201", PASSWORD));
    }

    private void close(Long id) throws Exception {
        fixture.answer(id);
        fixture.business.run(() -> fixture.businessDesk.completeExecution(id, fixture.version(id), "依批示处理完毕", PASSWORD));
    }

    /**
     * Issue 15, item 5: with 客户加工中未确定 the quantities could never be recorded, and the case closed with them
     * unknown. Business completes them later (signed, in the history); closing waits for them.
     */
    @Test
    void pendingQuantitiesAreCompletedLaterSignedAndTheCaseClosesOnlyOnceTheyAre() throws Exception {
        Long id = fixture.pendingAtQa(fixture.domestic);
        fixture.toExecution(id, fixture.consolidation(BigDecimal.ZERO, Set.of(Disposition.EXPLANATION_ONLY), null),
                fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.business.run(() -> fixture.businessDesk.recordAcknowledgement(id, fixture.version(id), "客户已接受说明",
                PASSWORD));
        long pendingBefore = fixture.gmOffice.call(() -> statistics.casesWithQuantitiesPending());
        assertTrue(pendingBefore >= 1, "the statistics page tells of the pending case");
        CaseOptions offered = fixture.business.call(() -> cases.options(id));
        assertTrue(offered.allows(CaseAction.COMPLETE_QUANTITIES));
        assertTrue(offered.refusal(CaseAction.WORK).orElseThrow() instanceof QuantitiesPendingException);
        assertRefused(QuantitiesPendingException.class, () -> close(id));

        assertRefused(EJBAccessException.class, () -> fixture.qa.run(() ->
                fixture.businessDesk.completeQuantities(id, fixture.version(id), 1000, 35, PASSWORD)));
        assertRefused(DefectsAboveShippedException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.completeQuantities(id, fixture.version(id), 10, 11, PASSWORD)));
        assertRefused(ConstraintViolationException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.completeQuantities(id, fixture.version(id), -1, 0, PASSWORD)));
        fixture.business.run(() -> fixture.businessDesk.completeQuantities(id, fixture.version(id), 1000, 35, PASSWORD));

        assertEquals(pendingBefore - 1, fixture.gmOffice.call(() -> statistics.casesWithQuantitiesPending()));
        Complaint completed = fixture.load(id);
        assertFalse(completed.getSlip().isQuantitiesPending());
        assertEquals(1000, completed.getSlip().getQuantityShipped());
        assertEquals(35, completed.getSlip().getDefectQuantity());
        assertTrue(completed.getSignatures().stream().anyMatch(s -> s.getMeaning() == SignatureMeaning.QUANTITIES_COMPLETED
                && s.getOpinion().contains("35")));
        assertRefused(QuantitiesNotPendingException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.completeQuantities(id, fixture.version(id), 1000, 30, PASSWORD)));
        close(id);
        assertEquals(Step.CLOSED, fixture.step(id));
    }

    @Test
    void anAllowanceAboveTheApprovedAmountIsRefused() throws Exception {
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500"),
                Set.of(Disposition.ALLOWANCE), null));

        AmountAboveApprovedException above = assertRefused(AmountAboveApprovedException.class,
                () -> fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id),
                        Disposition.ALLOWANCE, new BigDecimal("3500.01"), "折让", PASSWORD)));
        assertEquals("3500.00", above.arguments()[1]);
        assertTrue(fixture.auditor.call(() -> queries.allowanceNotes(id)).isEmpty(), "nothing issued");

        fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id),
                Disposition.ALLOWANCE, new BigDecimal("3500.00"), "折让", PASSWORD));
        assertEquals(AllowanceNoteStatus.ISSUED, allowanceNote(id).getStatus());
    }

    @Test
    void anAllowanceGoesFromIssueThroughTheApproverAndTheCustomerToPostingAndTheCaseCloses() throws Exception {
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500"),
                Set.of(Disposition.ALLOWANCE), null));
        Long note = fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id),
                Disposition.ALLOWANCE, new BigDecimal("3500"), "喷漆不良折让", PASSWORD));

        // In order only: no customer signature before the approver's, no posting before the customer's.
        assertRefused(WrongDocumentStateException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.recordCustomerSignature(id, fixture.version(id), note, "李经理", LocalDate.now(fixture.clock), PASSWORD)));
        assertRefused(WrongApproverException.class, () -> fixture.deputyGm.run(() ->
                fixture.approvalDesk.countersignAllowanceNote(id, fixture.version(id), note, PASSWORD)));
        fixture.businessManager.run(() -> fixture.approvalDesk.countersignAllowanceNote(id, fixture.version(id), note, PASSWORD));
        assertRefused(WrongDocumentStateException.class, () -> fixture.accounting.run(() ->
                fixture.accountingDesk.postAllowance(id, fixture.version(id), note, "记-88", PASSWORD)));
        assertRefused(FutureDateException.class, () -> fixture.business.run(() -> fixture.businessDesk
                .recordCustomerSignature(id, fixture.version(id), note, "李经理", LocalDate.now(fixture.clock).plusDays(2), PASSWORD)));
        fixture.business.run(() -> fixture.businessDesk.recordCustomerSignature(id, fixture.version(id), note,
                "客户采购 李经理", LocalDate.now(fixture.clock), PASSWORD));
        assertRefused(TextRequiredException.class, () -> fixture.accounting.run(() ->
                fixture.accountingDesk.postAllowance(id, fixture.version(id), note, " ", PASSWORD)));
        fixture.accounting.run(() -> fixture.accountingDesk.postAllowance(id, fixture.version(id), note, "记-88", PASSWORD));

        AllowanceNote posted = allowanceNote(id);
        assertEquals(AllowanceNoteStatus.POSTED, posted.getStatus());
        assertEquals("business-manager", posted.getCountersigned().getActor());
        assertEquals("客户采购 李经理", posted.getCustomerSigner());
        assertEquals("记-88", posted.getVoucherNo());
        assertEquals("accounting", posted.getPosted().getActor());
        close(id);
        assertEquals(Step.CLOSED, fixture.step(id));
        List<SignatureMeaning> meanings = fixture.load(id).getSignatures().stream().map(s -> s.getMeaning()).toList();
        assertTrue(meanings.containsAll(List.of(SignatureMeaning.ALLOWANCE_ISSUED, SignatureMeaning.ALLOWANCE_COUNTERSIGNED,
                SignatureMeaning.ALLOWANCE_CUSTOMER_SIGNED, SignatureMeaning.ALLOWANCE_POSTED, SignatureMeaning.EXECUTED)),
                meanings.toString());
    }

    @Test
    void aReturnApprovedAtOneHundredAndReceivedAtOneHundredAndTwoIsPostedWithOneHundredAndTwo() throws Exception {
        Long id = returnCase(100);
        Long note = issueReturn(id, 100);
        receive(id, note, 102);

        assertTrue(reconcile(id, note), "2 of 100 is within the company default of 3 %");

        ReturnNote posted = returnNote(id);
        assertEquals(ReturnNoteStatus.POSTED, posted.getStatus());
        assertEquals(102, posted.getPostedQuantity());
        assertEquals(0, new BigDecimal("0.03").compareTo(posted.getToleranceRatio()));
        close(id);
        assertEquals(Step.CLOSED, fixture.step(id));
    }

    @Test
    void aReturnReceivedAtOneHundredAndTenCannotCloseUntilTheDifferenceIsExplainedAndApprovedByTheOriginalApprover()
            throws Exception {
        Long id = returnCase(100);
        Long note = issueReturn(id, 100);
        receive(id, note, 110);

        assertFalse(reconcile(id, note), "10 of 100 is beyond 3 %");
        assertEquals(ReturnNoteStatus.VARIANCE, returnNote(id).getStatus());
        ExecutionIncompleteException open = assertRefused(ExecutionIncompleteException.class, () -> close(id));
        assertEquals(Step.EXECUTION, fixture.step(id));
        assertTrue(open.getMessage().contains("RETURN"), open.getMessage());

        assertRefused(WrongDocumentStateException.class, () -> fixture.businessManager.run(() ->
                fixture.approvalDesk.decideVariance(id, fixture.version(id), note, true, null, PASSWORD)));
        assertRefused(TextRequiredException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.explainVariance(id, fixture.version(id), note, "", PASSWORD)));
        fixture.business.run(() -> fixture.businessDesk.explainVariance(id, fixture.version(id), note,
                "客户多退 10 只同批良品，已同意一并收回", PASSWORD));
        // Refused once with a reason, explained again, then approved by the approver of the case only.
        fixture.businessManager.run(() -> fixture.approvalDesk.decideVariance(id, fixture.version(id), note, false,
                "请附客户确认函", PASSWORD));
        assertEquals(ReturnNoteStatus.VARIANCE, returnNote(id).getStatus());
        assertEquals("请附客户确认函", returnNote(id).getVarianceRefusal());
        fixture.business.run(() -> fixture.businessDesk.explainVariance(id, fixture.version(id), note,
                "客户多退 10 只同批良品，确认函已附", PASSWORD));
        assertRefused(WrongApproverException.class, () -> fixture.gm.run(() ->
                fixture.approvalDesk.decideVariance(id, fixture.version(id), note, true, null, PASSWORD)));
        assertRefused(ExecutionIncompleteException.class, () -> close(id));
        fixture.businessManager.run(() -> fixture.approvalDesk.decideVariance(id, fixture.version(id), note, true,
                null, PASSWORD));
        assertRefused(ExecutionIncompleteException.class, () -> close(id));
        fixture.accounting.run(() -> fixture.accountingDesk.postReturn(id, fixture.version(id), note, "记-1202", PASSWORD));

        ReturnNote posted = returnNote(id);
        assertEquals(ReturnNoteStatus.POSTED, posted.getStatus());
        assertEquals(110, posted.getPostedQuantity());
        assertEquals("客户多退 10 只同批良品，确认函已附", posted.getVarianceExplanation());
        close(id);
        assertEquals(Step.CLOSED, fixture.step(id));
    }

    @Test
    void theCustomersOwnOverAcceptanceRatioTakesPrecedenceOverTheCompanyDefault() throws Exception {
        fixture.admin.run(() -> fixture.catalogAdministration.changeCustomer(fixture.domestic.getId(),
                fixture.domestic.getName(), false, new BigDecimal("0.10"), true));
        Long id = returnCase(100);
        Long note = issueReturn(id, 100);
        receive(id, note, 110);

        assertTrue(reconcile(id, note), "10 of 100 is within the customer's 10 %");
        assertEquals(110, returnNote(id).getPostedQuantity());
    }

    @Test
    void partialReturnPlusAllowanceClosesOnlyWhenBothArePosted() throws Exception {
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("1200"),
                Set.of(Disposition.RETURN, Disposition.ALLOWANCE), 20));
        assertRefused(QuantityAboveApprovedException.class, () -> issueReturn(id, 21));
        Long note = issueReturn(id, 20);
        assertRefused(QuantityAboveApprovedException.class, () -> issueReturn(id, 1));
        receive(id, note, 20);
        reconcile(id, note);

        ExecutionIncompleteException missing = assertRefused(ExecutionIncompleteException.class, () -> close(id));
        assertTrue(missing.getMessage().contains("ALLOWANCE") && !missing.getMessage().contains("RETURN"),
                missing.getMessage());
        payAllowance(id, new BigDecimal("1200"));
        close(id);
        assertEquals(Step.CLOSED, fixture.step(id));
    }

    /**
     * Issue 15, item 12: a return delivered in several shipments had room for one note only. Each shipment now
     * has its own 成品退货单 within the approved quantity, and the return is done when every one is posted.
     */
    @Test
    void aReturnDeliveredInTwoShipmentsHasANoteForEachWithinTheApprovedQuantity() throws Exception {
        Long id = returnCase(35);
        Long first = issueReturn(id, 20);
        assertRefused(QuantityAboveApprovedException.class, () -> issueReturn(id, 16));
        Long second = issueReturn(id, 15);
        assertRefused(QuantityAboveApprovedException.class, () -> issueReturn(id, 1));
        receive(id, first, 20);
        reconcile(id, first);

        ExecutionIncompleteException missing = assertRefused(ExecutionIncompleteException.class, () -> close(id));
        assertTrue(missing.getMessage().contains("RETURN"), "the second shipment is still open: " + missing.getMessage());
        receive(id, second, 15);
        reconcile(id, second);
        close(id);
        assertEquals(Step.CLOSED, fixture.step(id));
    }

    private void payAllowance(Long id, BigDecimal amount) throws Exception {
        Long note = fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id),
                Disposition.ALLOWANCE, amount, "折让", PASSWORD));
        fixture.businessManager.run(() -> fixture.approvalDesk.countersignAllowanceNote(id, fixture.version(id), note, PASSWORD));
        fixture.business.run(() -> fixture.businessDesk.recordCustomerSignature(id, fixture.version(id), note,
                "李经理", LocalDate.now(fixture.clock), PASSWORD));
        fixture.accounting.run(() -> fixture.accountingDesk.postAllowance(id, fixture.version(id), note, "记-9", PASSWORD));
    }

    @Test
    void aNoteLeavesSomethingForEachDispositionOfItsPoolStillToCome() throws Exception {
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500"),
                Set.of(Disposition.ALLOWANCE, Disposition.COMPENSATION, Disposition.RETURN, Disposition.REWORK), 10));

        AmountAboveApprovedException amount = assertRefused(AmountAboveApprovedException.class, () -> fixture.business
                .call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id), Disposition.ALLOWANCE,
                        new BigDecimal("3500"), "折让", PASSWORD)));
        assertEquals("3499.99", amount.arguments()[1], "a fen stays for the compensation");
        QuantityAboveApprovedException quantity = assertRefused(QuantityAboveApprovedException.class,
                () -> issueReturn(id, 10));
        assertEquals(9, quantity.arguments()[1], "a piece stays for the rework");
        fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id), Disposition.ALLOWANCE,
                new BigDecimal("3000"), "折让", PASSWORD));
        fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id), Disposition.COMPENSATION,
                new BigDecimal("500"), "赔款", PASSWORD));
        issueReturn(id, 7);
        fixture.business.call(() -> fixture.businessDesk.issueReturnNote(id, fixture.version(id), Disposition.REWORK, 3,
                "重处理", "挑选后重工", PASSWORD));
        assertEquals(2, fixture.auditor.call(() -> queries.returnNotes(id)).size());

        Long tooLittle = fixture.atQa(fixture.domestic);
        fixture.investigate(tooLittle, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(tooLittle);
        fixture.check(tooLittle);
        fixture.handle(tooLittle);
        assertRefused(ApprovedFiguresMissingException.class, () -> fixture.gmOffice.run(() -> fixture.gmOfficeDesk
                .consolidate(tooLittle, fixture.version(tooLittle), fixture.consolidation(new BigDecimal("500"),
                        Set.of(Disposition.RETURN, Disposition.EXCHANGE), 1), "综合意见", PASSWORD)));
    }

    @Test
    void anExplanationOnlyClosesOnceTheCustomerAcknowledgedIt() throws Exception {
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(BigDecimal.ZERO,
                Set.of(Disposition.EXPLANATION_ONLY), null));
        assertRefused(ExecutionIncompleteException.class, () -> close(id));
        assertRefused(TextRequiredException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.recordAcknowledgement(id, fixture.version(id), "  ", PASSWORD)));

        fixture.business.run(() -> fixture.businessDesk.recordAcknowledgement(id, fixture.version(id),
                "客户来函确认接受说明，不再追究", PASSWORD));
        assertRefused(DocumentExistsException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.recordAcknowledgement(id, fixture.version(id), "再次", PASSWORD)));
        close(id);
        assertEquals("客户来函确认接受说明，不再追究", fixture.load(id).getAcknowledgement().getText());
        assertEquals(Step.CLOSED, fixture.step(id));
    }

    @Test
    void documentsAreRefusedForDispositionsNotApprovedAndApprovedResultsNeedTheirFigures() throws Exception {
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("900"),
                Set.of(Disposition.ALLOWANCE), null));
        assertRefused(DispositionNotApprovedException.class, () -> fixture.business.call(() ->
                fixture.businessDesk.issueAllowanceNote(id, fixture.version(id), Disposition.COMPENSATION,
                        BigDecimal.TEN, "赔款", PASSWORD)));
        assertRefused(DispositionNotApprovedException.class, () -> issueReturn(id, 5));
        assertRefused(DispositionNotApprovedException.class, () -> fixture.business.call(() ->
                fixture.businessDesk.issueAllowanceNote(id, fixture.version(id), Disposition.RETURN,
                        BigDecimal.TEN, "退货", PASSWORD)));
        assertRefused(DispositionNotApprovedException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.recordAcknowledgement(id, fixture.version(id), "说明", PASSWORD)));

        Long consolidating = fixture.atQa(fixture.domestic);
        fixture.investigate(consolidating, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(consolidating);
        fixture.check(consolidating);
        fixture.handle(consolidating);
        assertRefused(ApprovedFiguresMissingException.class, () -> fixture.gmOffice.run(() -> fixture.gmOfficeDesk
                .consolidate(consolidating, fixture.version(consolidating), fixture.consolidation(new BigDecimal("500"),
                        Set.of(Disposition.RETURN), null), "综合意见", PASSWORD)));
        assertRefused(ApprovedFiguresMissingException.class, () -> fixture.gmOffice.run(() -> fixture.gmOfficeDesk
                .consolidate(consolidating, fixture.version(consolidating), fixture.consolidation(BigDecimal.ZERO,
                        Set.of(Disposition.COMPENSATION), null), "综合意见", PASSWORD)));
        assertEquals(Step.GM_CONSOLIDATION, fixture.step(consolidating));
    }

    @Test
    void executionRefusesWrongRolesWrongStepsStaleVersionsAndRecusedUsers() throws Exception {
        Long id = returnCase(50);
        assertRefused(EJBAccessException.class, () -> fixture.warehouse.call(() -> fixture.businessDesk
                .issueReturnNote(id, fixture.version(id), Disposition.RETURN, 50, "退回", "报废", PASSWORD)));
        assertRefused(StaleCaseException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .issueReturnNote(id, fixture.version(id) - 1, Disposition.RETURN, 50, "退回", "报废", PASSWORD)));
        assertRefused(SignatureRefusedException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .issueReturnNote(id, fixture.version(id), Disposition.RETURN, 50, "退回", "报废", "wrong")));
        assertRefused(ConstraintViolationException.class, () -> issueReturn(id, 0));
        Long note = issueReturn(id, 50);

        assertRefused(EJBAccessException.class, () -> fixture.accounting.run(() ->
                fixture.warehouseDesk.receiveReturn(id, fixture.version(id), note, 50, PASSWORD)));
        assertRefused(EJBAccessException.class, () -> fixture.qa.run(() ->
                fixture.warehouseDesk.receiveReturn(id, fixture.version(id), note, 50, PASSWORD)));
        assertRefused(WrongDocumentStateException.class, () -> reconcile(id, note));
        // Issue 15, item 12 (seed 001, 第十三条): the business manager releases the note before the warehouse
        // takes the goods in; the issuer cannot release it.
        assertRefused(WrongDocumentStateException.class, () -> fixture.warehouse.run(() ->
                fixture.warehouseDesk.receiveReturn(id, fixture.version(id), note, 50, PASSWORD)));
        assertRefused(EJBAccessException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.releaseReturnNote(id, fixture.version(id), note, PASSWORD)));
        assertEquals(NoteAction.RELEASE, fixture.businessManager.call(() -> queries.nextActions(id)).returnNotes().get(note));
        fixture.release(id, note);
        assertRefused(WrongDocumentStateException.class, () -> fixture.release(id, note));
        assertEquals(ReturnNoteStatus.RELEASED, returnNote(id).getStatus());
        receive(id, note, 50);
        assertRefused(WrongDocumentStateException.class, () -> receive(id, note, 50));
        assertRefused(EJBAccessException.class, () -> fixture.business.call(() ->
                fixture.accountingDesk.reconcileReturn(id, fixture.version(id), note, "记-1", PASSWORD)));
        assertRefused(EJBAccessException.class, () -> fixture.auditor.call(() ->
                fixture.accountingDesk.reconcileReturn(id, fixture.version(id), note, "记-1", PASSWORD)));
        assertRefused(UnknownDocumentException.class, () -> fixture.accounting.call(() ->
                fixture.accountingDesk.reconcileReturn(id, fixture.version(id), note + 100000, "记-1", PASSWORD)));
        // Once a document is out, the case no longer goes back to approval.
        assertRefused(DocumentsIssuedException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.sendBack(id, fixture.version(id), "重新核决")));

        Long early = fixture.atApproval(fixture.domestic, new BigDecimal("800"), Severity.GENERAL);
        assertRefused(WrongStepException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .issueReturnNote(early, fixture.version(early), Disposition.RETURN, 5, "退回", "报废", PASSWORD)));

        QaInput warehouseResponsible = new QaInput("仓储搬运不当", fixture.causeCode.getId(), null, true, false,
                Severity.GENERAL, List.of(new QaInput.Share(fixture.painting.getId(), 100)), Set.of("warehouse"));
        Long recused = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("800"),
                Set.of(Disposition.RETURN), 10), warehouseResponsible);
        Long recusedNote = issueReturn(recused, 10);
        assertRefused(RecusedException.class, () -> receive(recused, recusedNote, 10));
    }

    /** Issue 15, item 13.12: document numbers run 1, 2, 3 … per kind and day, not by identity values. */
    @Test
    void theDaysDocumentNumbersFollowEachOtherWithoutGaps() throws Exception {
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("800"),
                Set.of(Disposition.RETURN, Disposition.EXCHANGE), 30));
        Long firstNote = issueReturn(id, 10);
        Long secondNote = fixture.business.call(() -> fixture.businessDesk.issueReturnNote(id, fixture.version(id),
                Disposition.EXCHANGE, 10, "换货", "退回后换新品", PASSWORD));
        ZoneId zone = fixture.clock.getZone();
        List<String> numbers = fixture.auditor.call(() -> queries.returnNotes(id)).stream()
                .sorted(java.util.Comparator.comparing(ReturnNote::getId)).map(n -> n.getNumber(zone)).toList();
        String day = numbers.get(0).substring(0, numbers.get(0).indexOf('-') + 1);
        int serial = Integer.parseInt(numbers.get(0).substring(day.length()));
        assertEquals(List.of(day + serial, day + (serial + 1)), numbers, "consecutive: " + firstNote + ", " + secondNote);
    }

    @Test
    void theDocumentsWaitingForEachDepartmentAreItsWorkList() throws Exception {
        Long id = returnCase(30);
        Long note = issueReturn(id, 30);
        String number = returnNote(id).getNumber(fixture.clock.getZone());

        assertTrue(numbers(fixture.businessManager.call(() -> queries.awaitingCaller())).contains(number), "to release");
        assertFalse(numbers(fixture.warehouse.call(() -> queries.awaitingCaller())).contains(number), "not yet released");
        fixture.release(id, note);
        assertTrue(numbers(fixture.warehouse.call(() -> queries.awaitingCaller())).contains(number));
        assertFalse(numbers(fixture.accounting.call(() -> queries.awaitingCaller())).contains(number));
        receive(id, note, 40);
        assertFalse(numbers(fixture.warehouse.call(() -> queries.awaitingCaller())).contains(number));
        assertTrue(numbers(fixture.accounting.call(() -> queries.awaitingCaller())).contains(number));
        reconcile(id, note);
        assertTrue(numbers(fixture.business.call(() -> queries.awaitingCaller())).contains(number), "to explain");
        fixture.business.run(() -> fixture.businessDesk.explainVariance(id, fixture.version(id), note, "多退", PASSWORD));
        assertTrue(numbers(fixture.businessManager.call(() -> queries.awaitingCaller())).contains(number), "to approve");
        assertFalse(numbers(fixture.deputyGm.call(() -> queries.awaitingCaller())).contains(number), "not his case");
    }

    @Test
    void theNotesPrintAsSignedFormsInTheirCopies() throws Exception {
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500")));
        fixture.execute(id);
        Long returnId = returnNote(id).getId();
        Long allowanceId = allowanceNote(id).getId();

        byte[] goods = fixture.auditor.call(() -> documents.returnNote(returnId));
        byte[] money = fixture.warehouse.call(() -> documents.allowanceNote(allowanceId));

        assertTrue(signing.check(goods).valid() && signing.check(money).valid(), "signed with the company key");
        assertTrue(PdfVerifier.signatureValid(goods) && PdfVerifier.signatureValid(money), "and so says PDFBox");
        assertEquals(4, PdfVerifier.pages(goods), "成品退货单 in four copies");
        assertEquals(2, PdfVerifier.pages(money), "销货折让证明单 in two copies");
        String goodsText = PdfVerifier.text(goods).replaceAll("\\s+", "");
        String moneyText = PdfVerifier.text(money).replaceAll("\\s+", "");
        assertTrue(goodsText.contains("成品退货单") && goodsText.contains(fixture.load(id).getNumber()), goodsText);
        assertTrue(moneyText.contains("销货折让证明单") && moneyText.contains(fixture.load(id).getNumber()), moneyText);
        assertRefused(EJBAccessException.class, () -> fixture.admin.call(() -> documents.returnNote(returnId)));
    }

    @Test
    void theClaimOfAClosedCaseThatTouchesReceivablesCountsAgainstTheSalesperson() throws Exception {
        YearMonth month = YearMonth.now(fixture.clock);
        BigDecimal before = salesperson(month);
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("1234.50"),
                Set.of(Disposition.ALLOWANCE), null));
        fixture.execute(id);
        assertEquals(0, before.compareTo(salesperson(month)), "not before closing");
        close(id);

        assertEquals(0, before.add(new BigDecimal("1234.50")).compareTo(salesperson(month)));
        assertRefused(EJBAccessException.class, () -> fixture.qa.call(() -> queries.receivables(month)));
    }

    private BigDecimal salesperson(YearMonth month) throws Exception {
        return fixture.accounting.call(() -> queries.receivables(month)).stream()
                .filter(r -> r.salesperson().equals("business")).map(ReceivablesRow::amount)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    private static List<String> numbers(List<DocumentTask> tasks) {
        return tasks.stream().map(DocumentTask::number).toList();
    }
}

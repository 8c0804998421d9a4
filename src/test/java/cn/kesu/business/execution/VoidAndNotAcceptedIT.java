package cn.kesu.business.execution;

import static cn.kesu.support.CaseFixture.PASSWORD;
import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.OwnDocumentException;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.workflow.TextRequiredException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.deadline.Notices;
import cn.kesu.business.deadline.ReminderScan;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.LinkReason;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.VoidableNote;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import cn.kesu.support.callers.AsBusinessManagerHoldingTheBusinessRole;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Issue 15, item 4: a document could never be withdrawn, and a customer who did not accept the conclusion left
 * the original case stuck at execution with its reminders coming. Any issued note is voided by its issuer with a
 * reason and the approver's countersignature, stays visible and prints as 作废; the customer's non-acceptance
 * closes the original as 客户不接受，转新单 with its open notes voided.
 */
class VoidAndNotAcceptedIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @Inject
    Notices notices;

    @EJB
    ExecutionQueries queries;

    @EJB
    CaseQueries caseQueries;

    @EJB
    ExecutionDocuments documents;

    @EJB
    ReminderScan scan;

    @EJB
    AsBusinessManagerHoldingTheBusinessRole colleague;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Long issueAllowance(Long id, String amount) throws Exception {
        return fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id),
                Disposition.ALLOWANCE, new BigDecimal(amount), "不良品折让", PASSWORD));
    }

    private AllowanceNote allowance(Long id, Long note) throws Exception {
        return fixture.auditor.call(() -> queries.allowanceNotes(id)).stream().filter(n -> n.getId().equals(note))
                .findFirst().orElseThrow();
    }

    @Test
    void theIssuerAsksWithAReasonTheApproverCountersignsAndTheVoidedNoteFreesItsAmount() throws Exception {
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500"),
                Set.of(Disposition.ALLOWANCE), null));
        Long wrong = issueAllowance(id, "3000");
        assertRefused(DocumentExistsException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .issueAllowanceNote(id, fixture.version(id), Disposition.ALLOWANCE, new BigDecimal("3500"), "再开", PASSWORD)));
        assertTrue(fixture.business.call(() -> queries.nextActions(id)).mayVoid(allowance(id, wrong)),
                "the page offers the issuer to void");

        assertRefused(NotIssuerException.class, () -> colleague.run(() -> fixture.businessDesk.requestVoid(id,
                fixture.version(id), VoidableNote.Kind.ALLOWANCE, wrong, "开错金额", PASSWORD)));
        assertRefused(EJBAccessException.class, () -> fixture.accounting.run(() -> fixture.businessDesk.requestVoid(id,
                fixture.version(id), VoidableNote.Kind.ALLOWANCE, wrong, "开错金额", PASSWORD)));
        assertRefused(TextRequiredException.class, () -> fixture.business.run(() -> fixture.businessDesk.requestVoid(id,
                fixture.version(id), VoidableNote.Kind.ALLOWANCE, wrong, " ", PASSWORD)));
        assertRefused(UnknownDocumentException.class, () -> fixture.business.run(() -> fixture.businessDesk.requestVoid(
                id, fixture.version(id), VoidableNote.Kind.RETURN, wrong, "开错金额", PASSWORD)));
        fixture.business.run(() -> fixture.businessDesk.requestVoid(id, fixture.version(id), VoidableNote.Kind.ALLOWANCE,
                wrong, "开错金额，应为 3500", PASSWORD));

        AllowanceNote pending = allowance(id, wrong);
        assertTrue(pending.isVoidPending());
        assertEquals(NoteAction.COUNTERSIGN_VOID, pending.next());
        assertEquals(NoteAction.COUNTERSIGN_VOID, fixture.businessManager.call(() -> queries.nextActions(id))
                .allowanceNotes().get(wrong), "the approver is offered the countersignature");
        assertRefused(WrongDocumentStateException.class, () -> fixture.businessManager.run(() -> fixture.approvalDesk
                .countersignAllowanceNote(id, fixture.version(id), wrong, PASSWORD)));
        assertRefused(TextRequiredException.class, () -> fixture.businessManager.run(() -> fixture.approvalDesk
                .decideVoid(id, fixture.version(id), VoidableNote.Kind.ALLOWANCE, wrong, false, " ", PASSWORD)));
        fixture.businessManager.run(() -> fixture.approvalDesk.decideVoid(id, fixture.version(id),
                VoidableNote.Kind.ALLOWANCE, wrong, true, null, PASSWORD));

        AllowanceNote voided = allowance(id, wrong);
        assertTrue(voided.isVoided());
        assertNull(voided.next());
        assertEquals("note.state.VOIDED", voided.stateKey());
        assertEquals("开错金额，应为 3500", voided.getVoiding().getReason());
        assertRefused(WrongDocumentStateException.class, () -> fixture.business.run(() -> fixture.businessDesk
                .requestVoid(id, fixture.version(id), VoidableNote.Kind.ALLOWANCE, wrong, "再作废", PASSWORD)));
        String printed = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(
                fixture.auditor.call(() -> documents.allowanceNote(wrong)))).getTextFromPage(1);
        assertTrue(printed.contains("作废") && printed.contains("开错金额，应为 3500"), printed);

        Long right = issueAllowance(id, "3500");
        assertEquals(2, fixture.auditor.call(() -> queries.allowanceNotes(id)).size(), "the voided note stays visible");
        assertEquals(List.of(Disposition.ALLOWANCE), fixture.auditor.call(() -> queries.outstanding(id)));
        fixture.businessManager.run(() -> fixture.approvalDesk.countersignAllowanceNote(id, fixture.version(id), right,
                PASSWORD));
        List<SignatureMeaning> signed = fixture.load(id).getSignatures().stream().map(s -> s.getMeaning()).toList();
        assertTrue(signed.containsAll(List.of(SignatureMeaning.VOID_REQUESTED, SignatureMeaning.VOID_COUNTERSIGNED)),
                signed.toString());
    }

    @Test
    void theApproverMayRefuseAVoidAndNeverCountersignsOwnRequestAndAPostedNoteStays() throws Exception {
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500"),
                Set.of(Disposition.RETURN), 35));
        Long note = fixture.business.call(() -> fixture.businessDesk.issueReturnNote(id, fixture.version(id),
                Disposition.RETURN, 35, "退回", "报废", PASSWORD));
        fixture.business.run(() -> fixture.businessDesk.requestVoid(id, fixture.version(id), VoidableNote.Kind.RETURN,
                note, "客户改为折让", PASSWORD));
        assertRefused(WrongDocumentStateException.class, () -> fixture.businessManager.run(() -> fixture.businessDesk
                .releaseReturnNote(id, fixture.version(id), note, PASSWORD)));
        fixture.businessManager.run(() -> fixture.approvalDesk.decideVoid(id, fixture.version(id),
                VoidableNote.Kind.RETURN, note, false, "客户书面要求退货，不同意作废", PASSWORD));
        ReturnNote goesOn = fixture.auditor.call(() -> queries.returnNotes(id)).get(0);
        assertFalse(goesOn.isVoided() || goesOn.isVoidPending());
        assertEquals(NoteAction.RELEASE, goesOn.next());

        Long own = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500"),
                Set.of(Disposition.ALLOWANCE), null));
        Long ownNote = colleague.call(() -> fixture.businessDesk.issueAllowanceNote(own, fixture.version(own),
                Disposition.ALLOWANCE, new BigDecimal("3500"), "折让", PASSWORD));
        colleague.run(() -> fixture.businessDesk.requestVoid(own, fixture.version(own), VoidableNote.Kind.ALLOWANCE,
                ownNote, "开错", PASSWORD));
        assertRefused(OwnDocumentException.class, () -> fixture.businessManager.run(() -> fixture.approvalDesk
                .decideVoid(own, fixture.version(own), VoidableNote.Kind.ALLOWANCE, ownNote, true, null, PASSWORD)));

        fixture.release(id, note);
        fixture.warehouse.run(() -> fixture.warehouseDesk.receiveReturn(id, fixture.version(id), note, 35, PASSWORD));
        fixture.accounting.run(() -> fixture.accountingDesk.reconcileReturn(id, fixture.version(id), note, "记-1",
                PASSWORD));
        assertFalse(fixture.business.call(() -> queries.nextActions(id)).mayVoid(
                fixture.auditor.call(() -> queries.returnNotes(id)).get(0)), "a posted note is in the books");
        assertRefused(WrongDocumentStateException.class, () -> fixture.business.run(() -> fixture.businessDesk
                .requestVoid(id, fixture.version(id), VoidableNote.Kind.RETURN, note, "太晚了", PASSWORD)));
    }

    @Test
    void aCustomerWhoDoesNotAcceptClosesTheOriginalVoidsItsOpenNotesAndStopsItsReminders() throws Exception {
        clock.set(shanghai(2026, 3, 2, 9, 0));
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500")));
        Long allowance = issueAllowance(id, "3500");
        Long goods = fixture.business.call(() -> fixture.businessDesk.issueReturnNote(id, fixture.version(id),
                Disposition.RETURN, 35, "退回", "报废", PASSWORD));
        fixture.release(id, goods);
        assertTrue(fixture.business.call(() -> caseQueries.options(id)).refusal(CaseAction.SEND_BACK).isPresent(),
                "once a document exists the case cannot go back");

        clock.set(shanghai(2026, 3, 10, 10, 0));
        scan.issueReminders();
        int before = notices.reminders(id, ReminderKind.STEP).size();
        assertEquals(1, before);

        assertRefused(TextRequiredException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .fileRecomplaint(id, fixture.version(id), " ", PASSWORD)));
        Long copy = fixture.business.call(() -> fixture.businessDesk.fileRecomplaint(id, fixture.version(id),
                "客户要求全数换货", PASSWORD));

        Complaint original = fixture.load(id);
        assertEquals(Step.NOT_ACCEPTED, original.getCurrentStep());
        assertTrue(original.getCurrentStep().isEnd());
        assertEquals(shanghai(2026, 3, 10, 10, 0).toInstant(), original.getClosedAt());
        assertEquals(id, fixture.load(copy).getOriginalCase().getId());
        assertEquals(LinkReason.NOT_ACCEPTED, fixture.load(copy).getLinkReason());
        List<AllowanceNote> allowances = fixture.auditor.call(() -> queries.allowanceNotes(id));
        List<ReturnNote> returns = fixture.auditor.call(() -> queries.returnNotes(id));
        assertTrue(allowances.get(0).isVoided() && returns.get(0).isVoided(), "both open notes are void");
        assertEquals("客户不接受，转新单：客户要求全数换货", returns.get(0).getVoiding().getReason());
        assertEquals(allowance, allowances.get(0).getId());
        assertTrue(original.getSignatures().stream().anyMatch(s -> s.getMeaning() == SignatureMeaning.CLOSED_NOT_ACCEPTED),
                "signed by business");

        clock.set(shanghai(2026, 3, 11, 10, 0));
        scan.issueReminders();
        clock.set(shanghai(2026, 3, 20, 10, 0));
        scan.issueReminders();
        assertEquals(before, notices.reminders(id, ReminderKind.STEP).size(), "no more 催办单 for the original");
        assertTrue(notices.reminders(id, ReminderKind.CASE).isEmpty(), "nor for its case deadline");
        assertEquals(1, notices.investigations(id).size(), "the late stay at execution gets its 查办单");

        assertRefused(WrongStepException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .fileRecomplaint(id, fixture.version(id), "再一次", PASSWORD)));
        assertRefused(WrongStepException.class, () -> fixture.business.call(() -> fixture.businessDesk.recordFollowUp(id,
                fixture.version(id), cn.kesu.model.complaint.Satisfaction.SATISFIED, "回访")));
        assertTrue(fixture.auditor.call(() -> queries.nextActions(id)).allowanceNotes().isEmpty());
    }
}

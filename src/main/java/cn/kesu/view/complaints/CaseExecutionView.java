package cn.kesu.view.complaints;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.approval.ApprovalDesk;
import cn.kesu.business.complaint.intake.BusinessDesk;
import cn.kesu.business.execution.DocumentActions;
import cn.kesu.business.execution.ExecutionQueries;
import cn.kesu.business.execution.WarehouseDesk;
import cn.kesu.business.execution.accounting.AccountingDesk;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.VoidableNote;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The case page's execution panel (依批示处理): what is approved and what is done, the allowance and
 * return notes with the one next action the caller's role has on each, and business's forms to issue
 * them and to record the customer's acknowledgement. Every action is checked again by its desk.
 */
@Named
@ViewScoped
public class CaseExecutionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject CaseView caseView;
    @Inject transient ExecutionQueries queries;
    @Inject transient BusinessDesk businessDesk;
    @Inject transient ApprovalDesk approvalDesk;
    @Inject transient WarehouseDesk warehouseDesk;
    @Inject transient AccountingDesk accountingDesk;
    @Inject transient Feedback feedback;
    @Inject transient Clock clock;

    private List<AllowanceNote> allowances;
    private List<ReturnNote> returns;
    private List<Disposition> outstanding;
    private DocumentActions documentActions;

    private Disposition disposition;
    private BigDecimal amount;
    private Integer quantity;
    private String reason;
    private String handling;
    private String customerSigner;
    private LocalDate signedOn;
    private String voucher;
    private String text;
    private String password;

    public boolean isShown() {
        Complaint c = caseView.getComplaint();
        return c != null && c.getConsolidation() != null && c.getApproverRole() != null
                && (c.isAt(Step.EXECUTION) || c.isAt(Step.CLOSED) || c.isAt(Step.NOT_ACCEPTED));
    }

    public boolean isExecuting() {
        return caseView.getComplaint().isAt(Step.EXECUTION) && !caseView.isRecused();
    }

    public List<AllowanceNote> getAllowances() {
        if (allowances == null) {
            allowances = queries.allowanceNotes(caseView.getId());
        }
        return allowances;
    }

    public List<ReturnNote> getReturns() {
        if (returns == null) {
            returns = queries.returnNotes(caseView.getId());
        }
        return returns;
    }

    public List<Disposition> getOutstanding() {
        if (outstanding == null) {
            outstanding = queries.outstanding(caseView.getId());
        }
        return outstanding;
    }

    public List<Disposition> getApproved() {
        return caseView.getComplaint().getConsolidation().getDispositions().stream().sorted().toList();
    }

    /** 最终答复 not yet told to the customer; asked each time, as a contact on the same page may have told it. */
    public boolean isFinalAnswerOwed() {
        return queries.finalAnswerOwed(caseView.getId());
    }

    public boolean isDone(Disposition d) {
        return !getOutstanding().contains(d);
    }

    /** The allowance-type dispositions business may still issue a note for. */
    public List<Disposition> getAllowancesToIssue() {
        return toIssue(true);
    }

    public List<Disposition> getReturnsToIssue() {
        return toIssue(false);
    }

    private List<Disposition> toIssue(boolean allowance) {
        if (!caseView.offers(CaseAction.ISSUE_DOCUMENT)) {
            return List.of();
        }
        if (!allowance) {
            // A return may come in several shipments, a note each, while the approved quantity lasts.
            return List.copyOf(queries.returnableQuantities(id()).keySet());
        }
        return getApproved().stream().filter(Disposition::needsAllowanceNote)
                .filter(d -> getAllowances().stream().noneMatch(n -> !n.isVoided() && n.getDisposition() == d)).toList();
    }

    public boolean isCanAcknowledge() {
        return caseView.offers(CaseAction.ACKNOWLEDGE);
    }

    /** The caller's next action on an allowance note, or null: the server's answer. */
    public NoteAction next(AllowanceNote note) {
        return getDocumentActions().next(note);
    }

    /** The caller's next action on a return note, or null: the server's answer. */
    public NoteAction next(ReturnNote note) {
        return getDocumentActions().next(note);
    }

    private DocumentActions getDocumentActions() {
        if (documentActions == null) {
            documentActions = queries.nextActions(caseView.getId());
        }
        return documentActions;
    }

    public String number(AllowanceNote note) {
        return note.getNumber(clock.getZone());
    }

    public String number(ReturnNote note) {
        return note.getNumber(clock.getZone());
    }

    public void issueAllowance() {
        act("execution.issued", () -> businessDesk.issueAllowanceNote(id(), version(), disposition, amount, reason, password));
    }

    public void issueReturn() {
        act("execution.issued", () -> businessDesk.issueReturnNote(id(), version(), disposition,
                quantity == null ? 0 : quantity, reason, handling, password));
    }

    public void acknowledge() {
        act("execution.acknowledged", () -> businessDesk.recordAcknowledgement(id(), version(), text, password));
    }

    public void countersign(AllowanceNote note) {
        act("execution.countersigned", () -> approvalDesk.countersignAllowanceNote(id(), version(), note.getId(), password));
    }

    public void customerSign(AllowanceNote note) {
        act("execution.customerSigned", () -> businessDesk.recordCustomerSignature(id(), version(), note.getId(),
                customerSigner, signedOn, password));
    }

    public void postAllowance(AllowanceNote note) {
        act("execution.posted", () -> accountingDesk.postAllowance(id(), version(), note.getId(), voucher, password));
    }

    public void release(ReturnNote note) {
        act("execution.released", () -> businessDesk.releaseReturnNote(id(), version(), note.getId(), password));
    }

    public void receive(ReturnNote note) {
        act("execution.received", () -> warehouseDesk.receiveReturn(id(), version(), note.getId(),
                quantity == null ? -1 : quantity, password));
    }

    public void reconcile(ReturnNote note) {
        try {
            boolean posted = accountingDesk.reconcileReturn(id(), version(), note.getId(), voucher, password);
            done(posted ? "execution.posted" : "execution.variance");
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            refused(refusal);
        }
    }

    public void explain(ReturnNote note) {
        act("execution.explained", () -> businessDesk.explainVariance(id(), version(), note.getId(), text, password));
    }

    public void approveVariance(ReturnNote note) {
        act("execution.varianceApproved", () -> approvalDesk.decideVariance(id(), version(), note.getId(), true, null,
                password));
    }

    public void refuseVariance(ReturnNote note) {
        act("execution.varianceRefused", () -> approvalDesk.decideVariance(id(), version(), note.getId(), false, text,
                password));
    }

    public void postReturn(ReturnNote note) {
        act("execution.posted", () -> accountingDesk.postReturn(id(), version(), note.getId(), voucher, password));
    }

    /** Whether the caller, the note's issuer, may ask to void it (作废): the server's answer. */
    public boolean mayVoid(AllowanceNote note) {
        return getDocumentActions().mayVoid(note);
    }

    public boolean mayVoid(ReturnNote note) {
        return getDocumentActions().mayVoid(note);
    }

    public void requestVoid(AllowanceNote note) {
        requestVoid(VoidableNote.Kind.ALLOWANCE, note);
    }

    public void requestVoid(ReturnNote note) {
        requestVoid(VoidableNote.Kind.RETURN, note);
    }

    public void countersignVoid(AllowanceNote note) {
        decideVoid(VoidableNote.Kind.ALLOWANCE, note, true);
    }

    public void countersignVoid(ReturnNote note) {
        decideVoid(VoidableNote.Kind.RETURN, note, true);
    }

    public void refuseVoid(AllowanceNote note) {
        decideVoid(VoidableNote.Kind.ALLOWANCE, note, false);
    }

    public void refuseVoid(ReturnNote note) {
        decideVoid(VoidableNote.Kind.RETURN, note, false);
    }

    private void requestVoid(VoidableNote.Kind kind, VoidableNote note) {
        act("execution.voidRequested", () -> businessDesk.requestVoid(id(), version(), kind, note.getId(), reason,
                password));
    }

    private void decideVoid(VoidableNote.Kind kind, VoidableNote note, boolean approve) {
        act(approve ? "execution.voided" : "execution.voidRefused", () -> approvalDesk.decideVoid(id(), version(), kind,
                note.getId(), approve, approve ? null : text, password));
    }

    private void act(String doneKey, Runnable action) {
        try {
            action.run();
            done(doneKey);
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            refused(refusal);
        }
    }

    private void done(String doneKey) {
        feedback.info(doneKey);
        disposition = null;
        amount = null;
        quantity = null;
        reason = null;
        handling = null;
        customerSigner = null;
        signedOn = null;
        voucher = null;
        text = null;
        reload();
    }

    private void refused(RuntimeException refusal) {
        feedback.refused(refusal);
        reload();
    }

    private void reload() {
        password = null;
        allowances = null;
        returns = null;
        outstanding = null;
        documentActions = null;
        caseView.load();
    }

    private Long id() {
        return caseView.getId();
    }

    private long version() {
        return caseView.getComplaint().getVersion();
    }

    public Disposition getDisposition() { return disposition; }
    public void setDisposition(Disposition disposition) { this.disposition = disposition; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer quantity) { this.quantity = quantity; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getHandling() { return handling; }
    public void setHandling(String handling) { this.handling = handling; }
    public String getCustomerSigner() { return customerSigner; }
    public void setCustomerSigner(String customerSigner) { this.customerSigner = customerSigner; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public String getVoucher() { return voucher; }
    public void setVoucher(String voucher) { this.voucher = voucher; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}

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
import java.util.HashMap;
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
    @Inject ExecutionQueries queries;
    @Inject BusinessDesk businessDesk;
    @Inject ApprovalDesk approvalDesk;
    @Inject WarehouseDesk warehouseDesk;
    @Inject AccountingDesk accountingDesk;
    @Inject Feedback feedback;
    @Inject Clock clock;

    private List<AllowanceNote> allowances;
    private List<ReturnNote> returns;
    private List<Disposition> outstanding;
    private DocumentActions documentActions;

    private Disposition disposition;
    private BigDecimal amount;
    private Integer quantity;
    private String reason;
    private String handling;
    private String text;
    private final HashMap<String, NoteRowInput> rows = new HashMap<>();
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

    /** The inputs of the note's row, kept apart from every other row's. */
    public NoteRowInput row(AllowanceNote note) {
        return rows.computeIfAbsent("A" + note.getId(), key -> new NoteRowInput());
    }

    public NoteRowInput row(ReturnNote note) {
        return rows.computeIfAbsent("R" + note.getId(), key -> new NoteRowInput());
    }

    public void countersign(AllowanceNote note) {
        act("execution.countersigned", () -> approvalDesk.countersignAllowanceNote(id(), version(), note.getId(),
                row(note).getPassword()));
    }

    public void customerSign(AllowanceNote note) {
        NoteRowInput in = row(note);
        act("execution.customerSigned", () -> businessDesk.recordCustomerSignature(id(), version(), note.getId(),
                in.getCustomerSigner(), in.getSignedOn(), in.getPassword()));
    }

    public void postAllowance(AllowanceNote note) {
        NoteRowInput in = row(note);
        act("execution.posted", () -> accountingDesk.postAllowance(id(), version(), note.getId(), in.getVoucher(),
                in.getPassword()));
    }

    public void release(ReturnNote note) {
        act("execution.released", () -> businessDesk.releaseReturnNote(id(), version(), note.getId(),
                row(note).getPassword()));
    }

    public void receive(ReturnNote note) {
        NoteRowInput in = row(note);
        act("execution.received", () -> warehouseDesk.receiveReturn(id(), version(), note.getId(),
                in.getQuantity() == null ? -1 : in.getQuantity(), in.getPassword()));
    }

    public void reconcile(ReturnNote note) {
        NoteRowInput in = row(note);
        try {
            boolean posted = accountingDesk.reconcileReturn(id(), version(), note.getId(), in.getVoucher(),
                    in.getPassword());
            done(posted ? "execution.posted" : "execution.variance");
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            refused(refusal);
        }
    }

    public void explain(ReturnNote note) {
        NoteRowInput in = row(note);
        act("execution.explained", () -> businessDesk.explainVariance(id(), version(), note.getId(), in.getText(),
                in.getPassword()));
    }

    public void approveVariance(ReturnNote note) {
        act("execution.varianceApproved", () -> approvalDesk.decideVariance(id(), version(), note.getId(), true, null,
                row(note).getPassword()));
    }

    public void refuseVariance(ReturnNote note) {
        NoteRowInput in = row(note);
        act("execution.varianceRefused", () -> approvalDesk.decideVariance(id(), version(), note.getId(), false,
                in.getText(), in.getPassword()));
    }

    public void postReturn(ReturnNote note) {
        NoteRowInput in = row(note);
        act("execution.posted", () -> accountingDesk.postReturn(id(), version(), note.getId(), in.getVoucher(),
                in.getPassword()));
    }

    /** Whether the caller, the note's issuer, may ask to void it (作废): the server's answer. */
    public boolean mayVoid(AllowanceNote note) {
        return getDocumentActions().mayVoid(note);
    }

    public boolean mayVoid(ReturnNote note) {
        return getDocumentActions().mayVoid(note);
    }

    public void requestVoid(AllowanceNote note) {
        requestVoid(VoidableNote.Kind.ALLOWANCE, note, row(note));
    }

    public void requestVoid(ReturnNote note) {
        requestVoid(VoidableNote.Kind.RETURN, note, row(note));
    }

    public void countersignVoid(AllowanceNote note) {
        decideVoid(VoidableNote.Kind.ALLOWANCE, note, true, row(note));
    }

    public void countersignVoid(ReturnNote note) {
        decideVoid(VoidableNote.Kind.RETURN, note, true, row(note));
    }

    public void refuseVoid(AllowanceNote note) {
        decideVoid(VoidableNote.Kind.ALLOWANCE, note, false, row(note));
    }

    public void refuseVoid(ReturnNote note) {
        decideVoid(VoidableNote.Kind.RETURN, note, false, row(note));
    }

    private void requestVoid(VoidableNote.Kind kind, VoidableNote note, NoteRowInput in) {
        act("execution.voidRequested", () -> businessDesk.requestVoid(id(), version(), kind, note.getId(),
                in.getVoidReason(), in.getVoidPassword()));
    }

    private void decideVoid(VoidableNote.Kind kind, VoidableNote note, boolean approve, NoteRowInput in) {
        act(approve ? "execution.voided" : "execution.voidRefused", () -> approvalDesk.decideVoid(id(), version(), kind,
                note.getId(), approve, approve ? null : in.getText(), in.getPassword()));
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
        text = null;
        rows.clear();
        reload();
    }

    private void refused(RuntimeException refusal) {
        feedback.refused(refusal);
        reload();
    }

    private void reload() {
        password = null;
        rows.values().forEach(row -> {
            row.setPassword(null);
            row.setVoidPassword(null);
        });
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
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}

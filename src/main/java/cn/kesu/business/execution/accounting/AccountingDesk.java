package cn.kesu.business.execution.accounting;

import cn.kesu.business.common.StaleRecordException;
import cn.kesu.business.complaint.action.CaseActions;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.execution.Execution;
import cn.kesu.business.execution.SettlementAboveClaimException;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.SupplierClaim;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * 会计科: posts the allowance notes the customer signed, reconciles returned quantities against the
 * approved ones (超量允收比率: within it the actual quantity is posted, beyond it the difference waits for
 * explanation and approval), and records what a supplier paid on a claim.
 */
@Stateless
@RolesAllowed(Roles.ACCOUNTING)
public class AccountingDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseActions actions;

    @Inject
    CaseWorkflow workflow;

    @Inject
    Execution execution;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** 入账 of a 销货折让证明单 signed by the customer, with the voucher number. */
    public void postAllowance(@NotNull Long caseId, long version, @NotNull Long noteId, @Size(max = 40) String voucherNo,
                              String password) {
        Complaint complaint = executing(caseId, version);
        AllowanceNote note = execution.allowanceNote(complaint, noteId);
        String voucher = Execution.required(complaint, voucherNo, "note.voucher");
        execution.requireNext(note, NoteAction.POST);
        var signer = workflow.verifySignature(caller(), Role.ACCOUNTING, password);
        note.post(voucher, caller(), clock.instant());
        workflow.signatures().sign(complaint, signer, SignatureMeaning.ALLOWANCE_POSTED,
                execution.describe(note) + " 传票 " + voucher);
        execution.settleHolder(complaint);
    }

    /**
     * 核对: actual against approved. Within the customer's over-acceptance ratio (else the company
     * default) the actual quantity is posted with the voucher; beyond it the note waits for business's
     * explanation and the original approver. Returns whether the note was posted.
     */
    public boolean reconcileReturn(@NotNull Long caseId, long version, @NotNull Long noteId,
                                   @Size(max = 40) String voucherNo, String password) {
        Complaint complaint = executing(caseId, version);
        ReturnNote note = execution.returnNote(complaint, noteId);
        execution.requireNext(note, NoteAction.RECONCILE);
        BigDecimal ratio = execution.toleranceFor(complaint.getCustomer());
        String voucher = note.isWithinTolerance(ratio) ? Execution.required(complaint, voucherNo, "note.voucher") : null;
        var signer = workflow.verifySignature(caller(), Role.ACCOUNTING, password);
        boolean posted = note.reconcile(ratio, voucher, caller(), clock.instant());
        workflow.signatures().sign(complaint, signer, posted ? SignatureMeaning.RETURN_POSTED
                : SignatureMeaning.RETURN_RECONCILED, execution.describe(note) + (posted ? " 传票 " + voucher
                : " 差异超出允收比率 " + ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%"));
        execution.settleHolder(complaint);
        return posted;
    }

    /** 入账 of a return whose difference the original approver approved: the actual quantity. */
    public void postReturn(@NotNull Long caseId, long version, @NotNull Long noteId, @Size(max = 40) String voucherNo,
                           String password) {
        Complaint complaint = executing(caseId, version);
        ReturnNote note = execution.returnNote(complaint, noteId);
        String voucher = Execution.required(complaint, voucherNo, "note.voucher");
        execution.requireNext(note, NoteAction.POST_APPROVED);
        var signer = workflow.verifySignature(caller(), Role.ACCOUNTING, password);
        note.postApproved(voucher, caller(), clock.instant());
        workflow.signatures().sign(complaint, signer, SignatureMeaning.RETURN_POSTED,
                execution.describe(note) + " 传票 " + voucher);
        execution.settleHolder(complaint);
    }

    /** 供应商索赔结清: what the supplier paid or credited, at most the claimed amount. */
    public void settleSupplierClaim(@NotNull Long claimId, long version,
                                    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal paid,
                                    @Size(max = 2000) String note) {
        SupplierClaim claim = em.find(SupplierClaim.class, claimId);
        if (claim == null || claim.getVersion() != version) {
            throw new StaleRecordException(String.valueOf(claimId));
        }
        actions.requireSettlement(claim, caller(), this::holds);
        if (paid.compareTo(claim.getAmount()) > 0) {
            throw new SettlementAboveClaimException(claim.getAmount().toPlainString());
        }
        claim.settle(paid, note == null || note.isBlank() ? null : note.strip(), caller(), clock.instant());
    }

    private Complaint executing(Long caseId, long version) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireStep(complaint, Step.EXECUTION, caller());
        return complaint;
    }

    private boolean holds(Role role) {
        return session.isCallerInRole(role.roleName());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

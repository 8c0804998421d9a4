package cn.kesu.business.complaint.approval;

import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseActions;
import cn.kesu.business.complaint.action.NotOriginalApproverException;
import cn.kesu.business.complaint.action.OwnDocumentException;
import cn.kesu.business.complaint.action.WrongApproverException;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.complaint.workflow.ReasonRequiredException;
import cn.kesu.business.execution.Execution;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.VoidableNote;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;

/**
 * 核决: the business manager, deputy gm or gm approves the consolidated opinion, or rejects it back to
 * the GM office with a reason (SPEC step 9). Only the approver the approval authority named may act —
 * also at execution, where the same approver countersigns the allowance notes and decides on quantity
 * differences of the returns.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS_MANAGER, Roles.DEPUTY_GM, Roles.GM})
public class ApprovalDesk {

    @Inject
    CaseWorkflow workflow;

    @Inject
    CaseActions actions;

    @Inject
    Execution execution;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;


    public void approve(@NotNull Long caseId, long version, @Size(max = 4000) String opinion, String password) {
        Complaint complaint = approvable(caseId, version);
        workflow.complete(complaint, workflow.verifySignature(caller(), complaint.getApproverRole(), password),
                SignatureMeaning.APPROVED, opinion);
    }

    /** 驳回: back to the GM office's consolidation, signed, with the reason. */
    public void reject(@NotNull Long caseId, long version, @Size(max = 2000) String reason, String password) {
        Complaint complaint = approvable(caseId, version);
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequiredException(CaseWorkflow.label(complaint));
        }
        var signer = workflow.verifySignature(caller(), complaint.getApproverRole(), password);
        workflow.signatures().sign(complaint, signer, SignatureMeaning.REJECTED, reason);
        workflow.sendBack(complaint, reason);
    }

    /** 核决人会签 the 销货折让证明单 business issued under this approval. */
    public void countersignAllowanceNote(@NotNull Long caseId, long version, @NotNull Long noteId, String password) {
        Complaint complaint = executing(caseId, version);
        AllowanceNote note = execution.allowanceNote(complaint, noteId);
        execution.requireNext(note, NoteAction.COUNTERSIGN);
        if (caller().equals(note.getIssued().getActor())) {
            throw new OwnDocumentException(CaseWorkflow.label(complaint));
        }
        var signer = workflow.verifySignature(caller(), complaint.getApproverRole(), password);
        note.countersign(caller(), clock.instant());
        workflow.signatures().sign(complaint, signer, SignatureMeaning.ALLOWANCE_COUNTERSIGNED, execution.describe(note));
        execution.settleHolder(complaint);
    }

    /**
     * The original approver decides on a quantity difference beyond the over-acceptance ratio: approved,
     * accounting posts the actual quantity; refused (with a reason), business explains again.
     */
    public void decideVariance(@NotNull Long caseId, long version, @NotNull Long noteId, boolean approve,
                               @Size(max = 2000) String reason, String password) {
        Complaint complaint = executing(caseId, version);
        ReturnNote note = execution.returnNote(complaint, noteId);
        execution.requireNext(note, NoteAction.DECIDE);
        if (note.getExplained() != null && caller().equals(note.getExplained().getActor())) {
            throw new OwnDocumentException(CaseWorkflow.label(complaint));
        }
        String refusal = approve ? null : Execution.required(complaint, reason, "action.reason");
        var signer = workflow.verifySignature(caller(), complaint.getApproverRole(), password);
        note.decideVariance(approve, refusal, caller(), clock.instant());
        workflow.signatures().sign(complaint, signer,
                approve ? SignatureMeaning.VARIANCE_APPROVED : SignatureMeaning.VARIANCE_REFUSED,
                execution.describe(note) + (approve ? "" : "：" + refusal));
        execution.settleHolder(complaint);
    }

    /**
     * 作废会签: the original approver countersigns the issuer's request to void a note, or refuses it with a
     * reason and the note goes on where it stood (issue 15, item 4). Never the one who asked.
     */
    public void decideVoid(@NotNull Long caseId, long version, @NotNull VoidableNote.Kind kind, @NotNull Long noteId,
                           boolean approve, @Size(max = 2000) String reason, String password) {
        Complaint complaint = executing(caseId, version);
        VoidableNote note = execution.note(complaint, kind, noteId);
        execution.requireNext(note, NoteAction.COUNTERSIGN_VOID);
        if (caller().equals(note.getVoiding().getRequested().getActor())) {
            throw new OwnDocumentException(CaseWorkflow.label(complaint));
        }
        String refusal = approve ? null : Execution.required(complaint, reason, "action.reason");
        var signer = workflow.verifySignature(caller(), complaint.getApproverRole(), password);
        String described = execution.describeVoid(kind, note);
        if (approve) {
            note.countersignVoid(caller(), clock.instant());
        } else {
            note.refuseVoid();
        }
        workflow.signatures().sign(complaint, signer,
                approve ? SignatureMeaning.VOID_COUNTERSIGNED : SignatureMeaning.VOID_REFUSED,
                described + (approve ? "" : "；不同意作废：" + refusal));
        execution.settleHolder(complaint);
    }

    /**
     * At execution, by the approver who approved the case: the approver's role, and the very person who
     * signed the approval while they can still act (if they have left or lost the role, another holder of it).
     */
    private Complaint executing(Long caseId, long version) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireStep(complaint, Step.EXECUTION, caller());
        Role approver = complaint.getApproverRole();
        if (!session.isCallerInRole(approver.roleName())) {
            throw new WrongApproverException(CaseWorkflow.label(complaint), approver);
        }
        execution.originalApprover(complaint).filter(original -> !original.equals(caller()))
                .ifPresent(original -> {
                    throw new NotOriginalApproverException(CaseWorkflow.label(complaint), original);
                });
        return complaint;
    }


    private Complaint approvable(Long caseId, long version) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.APPROVAL, caller());
        actions.require(complaint, CaseAction.APPROVE, caller(), this::holds);
        return complaint;
    }

    private boolean holds(Role role) {
        return session.isCallerInRole(role.roleName());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

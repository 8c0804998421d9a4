package cn.kesu.business.complaint;

import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 核决: the business manager, deputy gm or gm approves the consolidated opinion, or rejects it back to
 * the GM office with a reason (SPEC step 9). Only the approver the approval authority named may act.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS_MANAGER, Roles.DEPUTY_GM, Roles.GM})
public class ApprovalDesk {

    @Inject
    CaseWorkflow workflow;

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

    private Complaint approvable(Long caseId, long version) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.APPROVAL, caller());
        Role approver = complaint.getApproverRole();
        if (!session.isCallerInRole(approver.roleName())) {
            throw new WrongApproverException(CaseWorkflow.label(complaint), approver);
        }
        return complaint;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

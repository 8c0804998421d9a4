package cn.kesu.business.complaint.investigation;

import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseActions;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 研发部: a technical opinion on abnormalities QA flagged as special (SPEC step 5). */
@Stateless
@RolesAllowed(Roles.RND)
public class RndDepartment {

    @Inject
    CaseWorkflow workflow;

    @Inject
    CaseActions actions;

    @Resource
    SessionContext session;

    public void giveOpinion(@NotNull Long caseId, long version, @NotBlank @Size(max = 4000) String opinion,
                            String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.RND_OPINION, caller());
        var signer = workflow.verifySignature(caller(), Role.RND, password);
        complaint.recordRndOpinion(opinion.strip());
        workflow.complete(complaint, signer, SignatureMeaning.RND_OPINION, opinion);
    }

    public void sendBack(@NotNull Long caseId, long version, @Size(max = 2000) String reason) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireStep(complaint, Step.RND_OPINION, caller());
        actions.require(complaint, CaseAction.SEND_BACK, caller(), this::holds);
        workflow.sendBack(complaint, reason);
    }

    private boolean holds(Role role) {
        return session.isCallerInRole(role.roleName());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

package cn.kesu.business.complaint.investigation;

import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseActions;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.ProductionAnalysis;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 制造部: analyses the abnormality and sets temporary and permanent countermeasures with the production
 * trace; the production manager's office countersigns (经理室批示, SPEC step 4).
 */
@Stateless
public class ProductionDepartment {

    @Inject
    CaseWorkflow workflow;

    @Inject
    CaseActions actions;

    @Resource
    SessionContext session;

    @RolesAllowed(Roles.PRODUCTION)
    public void analyse(@NotNull Long caseId, long version, @NotNull @Valid ProductionInput input,
                        @Size(max = 4000) String opinion, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.PRODUCTION_ANALYSIS, caller());
        var signer = workflow.verifySignature(caller(), Role.PRODUCTION, password);
        complaint.recordProductionAnalysis(new ProductionAnalysis(input.cause().strip(),
                input.temporaryMeasure().strip(), input.permanentMeasure().strip(), input.productionUnit(),
                input.machineShift(), input.operator(), input.productionDate()));
        workflow.signWork(complaint, signer, SignatureMeaning.PRODUCTION_COMPLETED, opinion);
    }

    @RolesAllowed(Roles.PRODUCTION_MANAGER)
    public void countersign(@NotNull Long caseId, long version, @Size(max = 4000) String opinion, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireCountersign(complaint, Step.PRODUCTION_ANALYSIS, caller());
        workflow.complete(complaint, workflow.verifySignature(caller(), Role.PRODUCTION_MANAGER, password),
                SignatureMeaning.PRODUCTION_COUNTERSIGNED, opinion);
    }

    @RolesAllowed({Roles.PRODUCTION, Roles.PRODUCTION_MANAGER})
    public void sendBack(@NotNull Long caseId, long version, @Size(max = 2000) String reason) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireStep(complaint, Step.PRODUCTION_ANALYSIS, caller());
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

package cn.kesu.business.complaint;

import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Consolidation;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;

/**
 * 总经理室生产管理组: accepts and numbers slips (or returns them as incomplete), checks the departments'
 * findings, and consolidates the opinion that goes to the approver named by the approval authority.
 */
@Stateless
@RolesAllowed(Roles.GM_OFFICE)
public class GmOffice {

    @Inject
    CaseWorkflow workflow;

    @Inject
    Deadlines deadlines;

    @Inject
    ApprovalAuthority approvalAuthority;

    @EJB
    CaseNumbering numbering;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * 受理: number the slip, enter it in the ledger, start the 15/20-day case deadline and send it to QA.
     * The password is checked before the month's serial is locked, so a slow or wrong signature never
     * holds up other acceptances.
     */
    public String accept(@NotNull Long caseId, long version, @Size(max = 4000) String opinion, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.SUBMITTED, caller());
        var signer = workflow.verifySignature(caller(), Role.GM_OFFICE, password);
        Instant now = clock.instant();
        if (!complaint.isNumbered()) {
            complaint.accept(numbering.nextNumber(now, clock.getZone()),
                    deadlines.caseDue(complaint.getCustomer(), now), now);
        }
        workflow.complete(complaint, signer, SignatureMeaning.ACCEPTED, opinion);
        return complaint.getNumber();
    }

    /** 退回业务: the slip is incomplete; business gets it back as a draft with the reason. */
    public void returnIncomplete(@NotNull Long caseId, long version, @Size(max = 2000) String reason) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.SUBMITTED, caller());
        workflow.sendBack(complaint, reason);
    }

    /** 查核: the GM office checks the findings and sends the slip to business for the handling proposal. */
    public void check(@NotNull Long caseId, long version, @Size(max = 4000) String opinion, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.GM_CHECK, caller());
        workflow.complete(complaint, workflow.verifySignature(caller(), Role.GM_OFFICE, password),
                SignatureMeaning.GM_CHECKED, opinion);
    }

    /**
     * 综合意见: disposition, claim and loss, penalty proposal and tracking; routed to the approver by
     * amount and severity. A complaint QA found not established (不成立) closes here as INVALID.
     */
    public void consolidate(@NotNull Long caseId, long version, @NotNull @Valid ConsolidationInput input,
                            @Size(max = 4000) String opinion, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.GM_CONSOLIDATION, caller());
        var signer = workflow.verifySignature(caller(), Role.GM_OFFICE, password);
        Role approver = approvalAuthority.approverFor(input.claimAmount(), complaint.getSeverity());
        complaint.recordConsolidation(new Consolidation(input.dispositions(), input.claimAmount(),
                input.lossProductValue(), input.lossFreight(), input.lossRework(), input.lossScrap(),
                input.lossCompensation(), input.lossOther(), input.penaltyProposal(), input.trackingNeeded()),
                complaint.getQa().isEstablished() ? approver : null);
        workflow.complete(complaint, signer,
                complaint.getQa().isEstablished() ? SignatureMeaning.CONSOLIDATED : SignatureMeaning.CLOSED_INVALID,
                opinion);
    }

    /** 退回 from a step the GM office holds (check or consolidation). */
    public void sendBack(@NotNull Long caseId, long version, @Size(max = 2000) String reason) {
        Complaint complaint = workflow.load(caseId, version);
        Step step = complaint.getCurrentStep();
        if (step != Step.GM_CHECK && step != Step.GM_CONSOLIDATION && step != Step.SUBMITTED) {
            throw new WrongStepException(CaseWorkflow.label(complaint), step);
        }
        workflow.requireStep(complaint, step, caller());
        workflow.sendBack(complaint, reason);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

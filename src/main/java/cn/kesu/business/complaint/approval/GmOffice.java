package cn.kesu.business.complaint.approval;

import cn.kesu.business.catalog.PartPrices;
import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseActions;
import cn.kesu.business.complaint.improvement.EightDs;
import cn.kesu.business.complaint.intake.CaseNumbering;
import cn.kesu.business.complaint.severity.SeverityNotRaisedException;
import cn.kesu.business.complaint.severity.SeverityWatch;
import cn.kesu.business.complaint.workflow.ApprovalAuthority;
import cn.kesu.business.complaint.investigation.QaDepartment;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.complaint.workflow.Deadlines;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.deadline.CustomerPromises;
import cn.kesu.business.execution.ApprovedFiguresMissingException;
import cn.kesu.business.execution.Execution;
import cn.kesu.business.execution.SupplierClaimExistsException;
import cn.kesu.business.execution.SupplierNotResponsibleException;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Consolidation;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Responsibility;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.execution.SupplierClaim;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * 总经理室生产管理组: accepts and numbers slips (or returns them as incomplete), checks the departments'
 * findings, consolidates the opinion that goes to the approver named by the approval authority, raises
 * a case's severity, and claims a supplier's share of the loss.
 */
@Stateless
@RolesAllowed(Roles.GM_OFFICE)
public class GmOffice {

    @Inject
    PartPrices parts;

    @Inject
    CaseWorkflow workflow;

    @Inject
    CaseActions actions;

    @Inject
    Deadlines deadlines;

    @Inject
    ApprovalAuthority approvalAuthority;

    @EJB
    CaseNumbering numbering;

    @Inject
    SeverityWatch severityWatch;

    @Inject
    CustomerPromises promises;

    @Inject
    EightDs eightDs;

    @PersistenceContext
    EntityManager em;

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
        if (!complaint.isNumbered()) {
            CaseNumbering.Numbered numbered = numbering.next(clock);
            complaint.accept(numbered.number(), deadlines.caseDue(complaint.getCustomer(), numbered.acceptedAt()),
                    numbered.acceptedAt());
            severityWatch.accepted(complaint);
            promises.accepted(complaint);
        }
        workflow.complete(complaint, signer, SignatureMeaning.ACCEPTED, opinion);
        return complaint.getNumber();
    }

    /** 退回业务: the slip is incomplete; business gets it back as a draft with the reason. */
    public void returnIncomplete(@NotNull Long caseId, long version, @Size(max = 2000) String reason) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.SUBMITTED, caller());
        actions.require(complaint, CaseAction.SEND_BACK, caller(), this::holds);
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
     * the approval amount (claim plus the value of goods coming back, or the loss where larger) and severity. The
     * goods are valued at the unit price the GM office typed, or else at the part catalog's for the slip's part
     * number. A complaint QA found not established (不成立) closes here as INVALID.
     */
    public void consolidate(@NotNull Long caseId, long version, @NotNull @Valid ConsolidationInput input,
                            @Size(max = 4000) String opinion, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.GM_CONSOLIDATION, caller());
        actions.require(complaint, CaseAction.WORK, caller(), this::holds);
        boolean established = complaint.getQa().isEstablished();
        if (established) {
            QaDepartment.requireCodes(complaint, complaint.getQaCauseCode(), complaint.getAbnormalityType());
            requireApprovedFigures(complaint, input);
        }
        var signer = workflow.verifySignature(caller(), Role.GM_OFFICE, password);
        Consolidation opinionRecorded = new Consolidation(input.dispositions(), input.claimAmount(),
                input.lossProductValue(), input.lossFreight(), input.lossRework(), input.lossScrap(),
                input.lossCompensation(), input.lossOther(), input.penaltyProposal(), input.trackingNeeded(),
                input.returnQuantity(), input.goodsUnitPrice(), input.affectsReceivables());
        opinionRecorded.priceFromCatalog(parts.unitPrice(complaint.getSlip().getPartNo()).orElse(null));
        BigDecimal approvalAmount = opinionRecorded.approvalAmount().amount();
        if (established) {
            severityWatch.consolidated(complaint, approvalAmount);
        }
        Role approver = approvalAuthority.approverFor(approvalAmount, complaint.getSeverity());
        complaint.recordConsolidation(opinionRecorded, established ? approver : null);
        workflow.complete(complaint, signer,
                complaint.getQa().isEstablished() ? SignatureMeaning.CONSOLIDATED : SignatureMeaning.CLOSED_INVALID,
                opinion);
        eightDs.openIfDue(complaint);
    }

    /**
     * 提升严重度: the GM office raises an accepted, open case to major or crisis with a reason; the gm is
     * notified, and an approval waiting with a lower approver goes to the gm (改呈).
     */
    public void raiseSeverity(@NotNull Long caseId, long version, @NotNull Severity level,
                              @Size(max = 2000) String reason) {
        Complaint complaint = workflow.load(caseId, version);
        actions.require(complaint, CaseAction.RAISE_SEVERITY, caller(), this::holds);
        String why = Execution.required(complaint, reason, "severity.reason");
        if (!complaint.raiseSeverity(level)) {
            throw new SeverityNotRaisedException(CaseWorkflow.label(complaint), complaint.getSeverity());
        }
        severityWatch.raised(complaint, why);
        workflow.rerouteApprovalIfNeeded(complaint);
        promises.raised(complaint);
        eightDs.openIfDue(complaint);
    }

    /**
     * 供应商索赔: once the loss amount is approved, the GM office claims a supplier's share of it — the
     * share QA attributed to that supplier. One claim per supplier and case.
     */
    public Long raiseSupplierClaim(@NotNull Long caseId, @NotNull Long supplierId) {
        // The case row is locked first, so two GM office users raising the same claim at once queue here and the
        // second is refused below rather than by the database's unique key (an error page).
        Complaint complaint = em.find(Complaint.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (complaint == null) {
            throw new UnknownCaseException(caseId);
        }
        actions.require(complaint, CaseAction.CLAIM_SUPPLIER, caller(), this::holds);
        Responsibility share = complaint.getResponsibilities().stream()
                .filter(r -> r.getParty().getId().equals(supplierId) && r.getParty().getKind() == CatalogKind.SUPPLIER)
                .findFirst().orElseThrow(() -> new SupplierNotResponsibleException(CaseWorkflow.label(complaint)));
        long raised = em.createQuery("select count(s) from SupplierClaim s where s.complaint = :c and s.supplier = :p",
                Long.class).setParameter("c", complaint).setParameter("p", share.getParty()).getSingleResult();
        if (raised > 0) {
            throw new SupplierClaimExistsException(CaseWorkflow.label(complaint), share.getParty().getLabel());
        }
        SupplierClaim claim = new SupplierClaim(complaint, share.getParty(), share.getSharePercent(),
                complaint.getConsolidation().getLossAmount(), clock.instant(), caller());
        em.persist(claim);
        return claim.getId();
    }

    /** The approved result needs its figures: an amount for allowances, a quantity for goods coming back. */
    private static void requireApprovedFigures(Complaint complaint, ConsolidationInput input) {
        if (input.dispositions().isEmpty()) {
            throw new DispositionRequiredException(CaseWorkflow.label(complaint));
        }
        // Enough for a document per disposition: at least a fen of the amount, a piece of the quantity each.
        long allowances = input.dispositions().stream().filter(Disposition::needsAllowanceNote).count();
        long returns = input.dispositions().stream().filter(Disposition::needsReturnNote).count();
        if (allowances > 0 && (input.claimAmount() == null
                || input.claimAmount().compareTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(allowances))) < 0)) {
            throw new ApprovedFiguresMissingException(CaseWorkflow.label(complaint), "cons.claim");
        }
        if (returns > 0 && (input.returnQuantity() == null || input.returnQuantity() < returns)) {
            throw new ApprovedFiguresMissingException(CaseWorkflow.label(complaint), "cons.returnQty");
        }
    }

    /** 退回 from a step the GM office holds (check or consolidation). */
    public void sendBack(@NotNull Long caseId, long version, @Size(max = 2000) String reason) {
        Complaint complaint = workflow.load(caseId, version);
        Step step = complaint.getCurrentStep();
        if (step != Step.GM_CHECK && step != Step.GM_CONSOLIDATION && step != Step.SUBMITTED) {
            throw new WrongStepException(CaseWorkflow.label(complaint), step);
        }
        workflow.requireStep(complaint, step, caller());
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

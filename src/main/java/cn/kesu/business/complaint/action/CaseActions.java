package cn.kesu.business.complaint.action;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.complaint.severity.SeverityNotRaisedException;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.complaint.workflow.NothingToCountersignException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.deadline.CustomerPromises;
import cn.kesu.business.execution.ClaimSettledException;
import cn.kesu.business.execution.DocumentsIssuedException;
import cn.kesu.business.execution.Execution;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Objection;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.execution.SupplierClaim;
import cn.kesu.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may do what on a case at its current step (SPEC sections 3 and 6), in one place: the case page
 * asks {@link #options} which actions to offer and why not, and the department beans call
 * {@link #require} before they act. The role a department bean's method admits is also enforced by
 * the container ({@code @RolesAllowed}); here it decides between the holders of one bean's roles.
 */
@ApplicationScoped
public class CaseActions {

    @Inject
    CaseWorkflow workflow;

    @Inject
    Execution execution;

    @Inject
    CustomerPromises promises;

    @PersistenceContext
    EntityManager em;

    /**
     * Who may file a 签呈: every role working cases (the roles of
     * {@link cn.kesu.business.complaint.objection.Objections}); not auditors or the administrator.
     */
    private static final List<Role> OBJECTORS = List.of(Role.BUSINESS, Role.BUSINESS_MANAGER, Role.QA, Role.QA_MANAGER,
            Role.PRODUCTION, Role.PRODUCTION_MANAGER, Role.RND, Role.GM_OFFICE, Role.DEPUTY_GM, Role.GM, Role.WAREHOUSE,
            Role.ACCOUNTING);

    /** Every action with its refusal, and the 签呈 and supplier claims the caller may decide. */
    public CaseOptions options(Complaint complaint, String caller, Predicate<Role> holds) {
        Map<CaseAction, RuleViolation> refusals = new EnumMap<>(CaseAction.class);
        for (CaseAction action : CaseAction.values()) {
            try {
                require(complaint, action, caller, holds);
            } catch (RuleViolation refusal) {
                refusals.put(action, refusal);
            }
        }
        Set<Long> rulable = new HashSet<>();
        for (Objection objection : em.createQuery("select o from Objection o where o.complaint = :c", Objection.class)
                .setParameter("c", complaint).getResultList()) {
            if (allowed(() -> requireRuling(objection, caller, holds))) {
                rulable.add(objection.getId());
            }
        }
        Set<Long> settleable = new HashSet<>();
        for (SupplierClaim claim : em.createQuery("select s from SupplierClaim s where s.complaint = :c",
                SupplierClaim.class).setParameter("c", complaint).getResultList()) {
            if (allowed(() -> requireSettlement(claim, caller, holds))) {
                settleable.add(claim.getId());
            }
        }
        return new CaseOptions(complaint.getId(), refusals, rulable, settleable);
    }

    private static boolean allowed(Runnable check) {
        try {
            check.run();
            return true;
        } catch (RuleViolation refused) {
            return false;
        }
    }

    /** Refuses the action with the rule it breaks; returns when the caller may take it. */
    public void require(Complaint complaint, CaseAction action, String caller, Predicate<Role> holds) {
        Step step = complaint.getCurrentStep();
        String label = CaseWorkflow.label(complaint);
        switch (action) {
            case WORK -> {
                if (step.isEnd() || step == Step.APPROVAL) {
                    throw new WrongStepException(label, step);
                }
                workflow.requireWork(complaint, step, caller);
                requireRole(holds, step.worker(), label, step);
                if (step == Step.EXECUTION) {
                    // 结案 only once every approved disposition is carried out.
                    execution.requireComplete(complaint);
                }
                if (closes(complaint) && complaint.getSlip().isQuantitiesPending()) {
                    // Statistics count the defects of closed cases: no case closes with its quantities unknown.
                    throw new QuantitiesPendingException(label);
                }
                if (step == Step.EXECUTION) {
                    // Nor before the customer has been told what was approved (最终答复).
                    promises.requireFinalAnswer(complaint);
                }
            }
            case COUNTERSIGN -> {
                if (!step.needsCountersign()) {
                    throw new NothingToCountersignException(label);
                }
                workflow.requireCountersign(complaint, step, caller);
                requireRole(holds, step.countersigner(), label, step);
            }
            case APPROVE -> {
                workflow.requireStep(complaint, Step.APPROVAL, caller);
                if (!holds.test(complaint.getApproverRole())) {
                    throw new WrongApproverException(label, complaint.getApproverRole());
                }
                // 职责分离: whoever signed the consolidation does not approve it, even holding the approver's role.
                if (complaint.lastSignerOf(SignatureMeaning.CONSOLIDATED).filter(caller::equals).isPresent()) {
                    throw new OwnConsolidationException(label);
                }
            }
            case SEND_BACK -> requireSendBack(complaint, caller, holds);
            case ATTACH -> {
                if (step.isEnd()) {
                    throw new WrongStepException(label, step);
                }
                workflow.requireNotRecused(complaint, caller);
                // Business at every open step (the customer's photos and letters keep coming); every other
                // department at its own step, as the step's worker or countersigning manager, or the approver at
                // 核决; warehouse and accounting at execution, where they hold the documents.
                if (!holds.test(Role.BUSINESS)) {
                    boolean holder = step == Step.APPROVAL ? holds.test(complaint.getApproverRole())
                            : holds.test(step.worker()) || step.needsCountersign() && holds.test(step.countersigner())
                            || step == Step.EXECUTION && (holds.test(Role.WAREHOUSE) || holds.test(Role.ACCOUNTING));
                    if (!holder) {
                        throw new NotHolderException(label, step);
                    }
                }
            }
            case RECOMPLAIN -> {
                // A case closed as 客户不接受，转新单 already has its re-complaint.
                if (step != Step.EXECUTION && !step.isEnd() || step == Step.NOT_ACCEPTED) {
                    throw new WrongStepException(label, step);
                }
                workflow.requireNotRecused(complaint, caller);
                requireRole(holds, Role.BUSINESS, label, step);
            }
            case FOLLOW_UP -> {
                // 回访 asks about a conclusion the customer lives with; a case not accepted has none.
                if (!step.isEnd() || step == Step.NOT_ACCEPTED) {
                    throw new WrongStepException(label, step);
                }
                workflow.requireNotRecused(complaint, caller);
                if (complaint.getFollowUp() != null) {
                    throw new FollowUpDoneException(label);
                }
                requireRole(holds, Role.BUSINESS, label, step);
            }
            case RAISE_SEVERITY -> {
                if (!complaint.isNumbered() || step.isEnd()) {
                    throw new WrongStepException(label, step);
                }
                workflow.requireNotRecused(complaint, caller);
                if (complaint.getSeverity() == Severity.CRISIS) {
                    throw new SeverityNotRaisedException(label, complaint.getSeverity());
                }
                requireRole(holds, Role.GM_OFFICE, label, step);
            }
            case OBJECT -> {
                if (!complaint.isNumbered()) {
                    throw new NotNumberedException(label);
                }
                if (OBJECTORS.stream().noneMatch(holds)) {
                    throw new NotHolderException(label, step);
                }
            }
            case ISSUE_DOCUMENT -> {
                workflow.requireWork(complaint, Step.EXECUTION, caller);
                requireRole(holds, Role.BUSINESS, label, step);
            }
            case ACKNOWLEDGE -> {
                workflow.requireWork(complaint, Step.EXECUTION, caller);
                requireRole(holds, Role.BUSINESS, label, step);
                execution.requireAcknowledgeable(complaint);
            }
            case CLAIM_SUPPLIER -> {
                if (step != Step.EXECUTION && step != Step.CLOSED) {
                    throw new WrongStepException(label, step);
                }
                workflow.requireNotRecused(complaint, caller);
                requireRole(holds, Role.GM_OFFICE, label, step);
            }
            case COMPLETE_QUANTITIES -> {
                if (!complaint.isNumbered() || step.isEnd()) {
                    throw new WrongStepException(label, step);
                }
                workflow.requireNotRecused(complaint, caller);
                requireRole(holds, Role.BUSINESS, label, step);
                if (!complaint.getSlip().isQuantitiesPending()) {
                    throw new QuantitiesNotPendingException(label);
                }
            }
            case CONTACT -> {
                // From registration: the acknowledgement of receipt may fall due before the GM office accepts.
                if (complaint.getSubmittedAt() == null) {
                    throw new NotNumberedException(label);
                }
                workflow.requireNotRecused(complaint, caller);
                requireRole(holds, Role.BUSINESS, label, step);
            }
        }
    }

    /** Whether the step's own work closes the case: 结案, or the consolidation of a complaint not established. */
    private static boolean closes(Complaint complaint) {
        Step step = complaint.getCurrentStep();
        return step == Step.EXECUTION
                || step == Step.GM_CONSOLIDATION && complaint.getQa() != null && !complaint.getQa().isEstablished();
    }

    /** 总经理批示 on a 签呈: once, by the gm, unless he is recused on the case. */
    public void requireRuling(Objection objection, String caller, Predicate<Role> holds) {
        Complaint complaint = objection.getComplaint();
        if (objection.isRuled()) {
            throw new ObjectionRuledException(CaseWorkflow.label(complaint));
        }
        workflow.requireNotRecused(complaint, caller);
        requireRole(holds, Role.GM, CaseWorkflow.label(complaint), complaint.getCurrentStep());
    }

    /** 供应商索赔结清: once, by accounting, unless the accountant is recused on the case. */
    public void requireSettlement(SupplierClaim claim, String caller, Predicate<Role> holds) {
        Complaint complaint = claim.getComplaint();
        if (claim.isSettled()) {
            throw new ClaimSettledException(claim.getSupplier().getLabel());
        }
        workflow.requireNotRecused(complaint, caller);
        requireRole(holds, Role.ACCOUNTING, CaseWorkflow.label(complaint), complaint.getCurrentStep());
    }

    /**
     * 退回: from every open step but the draft and the approval (whose 驳回 is a decision of its own); by
     * the step's worker, or by its manager while the worker's part waits for the countersignature; at
     * execution only until the first document is issued on the approved result.
     */
    private void requireSendBack(Complaint complaint, String caller, Predicate<Role> holds) {
        Step step = complaint.getCurrentStep();
        String label = CaseWorkflow.label(complaint);
        if (!complaint.canBeSentBack() || step == Step.APPROVAL) {
            throw new WrongStepException(label, step);
        }
        workflow.requireStep(complaint, step, caller);
        boolean worker = holds.test(step.worker());
        boolean managerAtCountersign = complaint.isAwaitingCountersign() && holds.test(step.countersigner());
        if (!worker && !managerAtCountersign) {
            throw new NotHolderException(label, step);
        }
        if (step == Step.EXECUTION && execution.hasDocuments(complaint)) {
            throw new DocumentsIssuedException(label);
        }
    }

    private static void requireRole(Predicate<Role> holds, Role role, String label, Step step) {
        if (role == null || !holds.test(role)) {
            throw new NotHolderException(label, step);
        }
    }
}

package cn.kesu.business.complaint;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.execution.DocumentsIssuedException;
import cn.kesu.business.execution.Execution;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;
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

    /** Every action with its refusal, for a caller with this name and these roles. */
    public CaseOptions options(Complaint complaint, String caller, Predicate<Role> holds) {
        Map<CaseAction, RuleViolation> refusals = new EnumMap<>(CaseAction.class);
        for (CaseAction action : CaseAction.values()) {
            try {
                require(complaint, action, caller, holds);
            } catch (RuleViolation refusal) {
                refusals.put(action, refusal);
            }
        }
        return new CaseOptions(complaint.getId(), refusals);
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
            }
            case SEND_BACK -> requireSendBack(complaint, caller, holds);
            case ATTACH -> {
                if (step.isEnd()) {
                    throw new WrongStepException(label, step);
                }
                workflow.requireNotRecused(complaint, caller);
                requireRole(holds, Role.BUSINESS, label, step);
            }
            case RECOMPLAIN -> {
                if (step != Step.EXECUTION && !step.isEnd()) {
                    throw new WrongStepException(label, step);
                }
                workflow.requireNotRecused(complaint, caller);
                requireRole(holds, Role.BUSINESS, label, step);
            }
            case FOLLOW_UP -> {
                if (!step.isEnd()) {
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
        }
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

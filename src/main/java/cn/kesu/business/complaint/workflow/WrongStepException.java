package cn.kesu.business.complaint.workflow;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.complaint.Step;

/** The case is not at the step this action belongs to (the action is refused and nothing changes). */
public class WrongStepException extends RuleViolation {

    public WrongStepException(String caseLabel, Step currentStep) {
        super("case " + caseLabel + " is at " + currentStep, caseLabel, new MessageKey(currentStep.labelKey()));
    }
}

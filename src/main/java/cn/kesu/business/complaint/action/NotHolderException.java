package cn.kesu.business.complaint.action;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.complaint.Step;

/** The caller's roles do not hold the current step of the case (nor countersign it). */
public class NotHolderException extends RuleViolation {

    public NotHolderException(String caseLabel, Step step) {
        super("the caller does not hold " + step + " of case " + caseLabel, caseLabel, new MessageKey(step.labelKey()));
    }
}

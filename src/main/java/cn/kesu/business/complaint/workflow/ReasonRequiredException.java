package cn.kesu.business.complaint.workflow;

import cn.kesu.business.common.RuleViolation;

/** A send-back (退回) or rejection needs a reason. */
public class ReasonRequiredException extends RuleViolation {

    public ReasonRequiredException(String caseLabel) {
        super("reason required " + caseLabel, caseLabel);
    }
}

package cn.kesu.business.complaint.pause;

import cn.kesu.business.common.RuleViolation;

/** There is no pause to resume, or the step cannot be paused at all (draft, closed). */
public class NotPausedException extends RuleViolation {

    public NotPausedException(String caseLabel) {
        super("the current step of case " + caseLabel + " is not paused", caseLabel);
    }
}

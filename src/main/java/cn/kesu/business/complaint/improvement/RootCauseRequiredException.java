package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** An 8D closes only with its root cause (D4) found, again after a recurrence. */
public class RootCauseRequiredException extends RuleViolation {

    public RootCauseRequiredException(String caseLabel) {
        super("no root cause on " + caseLabel, caseLabel);
    }
}

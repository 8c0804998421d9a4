package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** An action cannot be due before today. */
public class PastDueDateException extends RuleViolation {

    public PastDueDateException(String caseLabel) {
        super("due in the past on " + caseLabel, caseLabel);
    }
}

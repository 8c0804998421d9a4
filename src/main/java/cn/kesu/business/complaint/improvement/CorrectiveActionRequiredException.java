package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** An 8D closes only with at least one permanent corrective action (D5/D6). */
public class CorrectiveActionRequiredException extends RuleViolation {

    public CorrectiveActionRequiredException(String caseLabel) {
        super("no corrective action on " + caseLabel, caseLabel);
    }
}

package cn.kesu.business.complaint.workflow;

import cn.kesu.business.common.RuleViolation;

/** The case changed since the caller loaded it (another user acted first); reload and try again. */
public class StaleCaseException extends RuleViolation {

    public StaleCaseException(String caseLabel) {
        super("stale case " + caseLabel, caseLabel);
    }
}

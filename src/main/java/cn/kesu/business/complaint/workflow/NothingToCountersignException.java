package cn.kesu.business.complaint.workflow;

import cn.kesu.business.common.RuleViolation;

/** The manager can countersign only after the worker signed the step. */
public class NothingToCountersignException extends RuleViolation {

    public NothingToCountersignException(String caseLabel) {
        super("nothing to countersign " + caseLabel, caseLabel);
    }
}

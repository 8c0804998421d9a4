package cn.kesu.business.complaint.workflow;

import cn.kesu.business.common.RuleViolation;

/** The step is signed and waits for the manager's countersignature; the worker cannot sign it again. */
public class AwaitingCountersignException extends RuleViolation {

    public AwaitingCountersignException(String caseLabel) {
        super("awaiting countersign " + caseLabel, caseLabel);
    }
}

package cn.kesu.business.complaint.workflow;

import cn.kesu.business.common.RuleViolation;

/** 职责分离: the manager's countersignature confirms somebody else's work, never the signer's own. */
public class OwnWorkException extends RuleViolation {

    public OwnWorkException(String caseLabel) {
        super("countersigning own work on " + caseLabel, caseLabel);
    }
}

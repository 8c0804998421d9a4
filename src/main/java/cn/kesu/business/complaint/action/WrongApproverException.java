package cn.kesu.business.complaint.action;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.user.Role;

/** The approval authority (核决权限) routed this case to another approver. */
public class WrongApproverException extends RuleViolation {

    public WrongApproverException(String caseLabel, Role approver) {
        super("case " + caseLabel + " is for " + approver, caseLabel, new MessageKey(approver.labelKey()));
    }
}

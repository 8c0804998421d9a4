package cn.kesu.business.complaint.action;

import cn.kesu.business.common.RuleViolation;

/**
 * What the procedure reserves for "the original approver" (原核决人: countersigning the 销货折让证明单,
 * deciding a quantity difference) is done by the person who approved the case, not by anyone holding
 * the same role, while that person's account is active.
 */
public class NotOriginalApproverException extends RuleViolation {

    public NotOriginalApproverException(String caseLabel, String approver) {
        super("not the original approver " + approver + " of " + caseLabel, caseLabel, approver);
    }
}

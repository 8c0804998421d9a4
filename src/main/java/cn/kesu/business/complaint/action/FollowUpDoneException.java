package cn.kesu.business.complaint.action;

import cn.kesu.business.common.RuleViolation;

/** 回访 is recorded once per case. */
public class FollowUpDoneException extends RuleViolation {

    public FollowUpDoneException(String caseLabel) {
        super("case " + caseLabel + " already has its follow-up", caseLabel);
    }
}

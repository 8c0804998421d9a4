package cn.kesu.business.complaint.workflow;

import cn.kesu.business.common.RuleViolation;

/** 回避: the caller is the person complained about or a responsible person of the case; they may read it but not act on it. */
public class RecusedException extends RuleViolation {

    public RecusedException(String caseLabel, String username) {
        super(username + " is recused from " + caseLabel, caseLabel);
    }
}

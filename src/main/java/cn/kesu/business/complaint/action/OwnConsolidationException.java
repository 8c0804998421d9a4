package cn.kesu.business.complaint.action;

import cn.kesu.business.common.RuleViolation;

/** 职责分离: the approver does not approve a consolidation (综合意见) they signed themselves. */
public class OwnConsolidationException extends RuleViolation {

    public OwnConsolidationException(String caseLabel) {
        super("approving own consolidation on " + caseLabel, caseLabel);
    }
}

package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** An 8D closes only when every one of its actions is done; the count of open ones is told. */
public class ActionsOpenException extends RuleViolation {

    public ActionsOpenException(String caseLabel, Object detail1) {
        super("actions open on " + caseLabel, caseLabel, detail1);
    }
}

package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** An action is done once. */
public class ActionDoneException extends RuleViolation {

    public ActionDoneException(String caseLabel) {
        super("action done on " + caseLabel, caseLabel);
    }
}

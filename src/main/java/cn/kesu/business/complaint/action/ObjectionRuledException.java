package cn.kesu.business.complaint.action;

import cn.kesu.business.common.RuleViolation;

/** A ruled 签呈 is final. */
public class ObjectionRuledException extends RuleViolation {

    public ObjectionRuledException(String caseLabel) {
        super("objection on " + caseLabel + " is ruled", caseLabel);
    }
}

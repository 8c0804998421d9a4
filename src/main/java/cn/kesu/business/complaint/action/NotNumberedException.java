package cn.kesu.business.complaint.action;

import cn.kesu.business.common.RuleViolation;

/** Objections and follow-ups concern accepted cases only. */
public class NotNumberedException extends RuleViolation {

    public NotNumberedException(String caseLabel) {
        super("case " + caseLabel + " is not accepted", caseLabel);
    }
}

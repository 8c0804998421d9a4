package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** A case has one 8D: QA opening a second one is refused. */
public class EightDExistsException extends RuleViolation {

    public EightDExistsException(String caseLabel) {
        super("already has an 8D on " + caseLabel, caseLabel);
    }
}

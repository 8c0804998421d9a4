package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** The 8D does not close while production is held by one of its 暂停生产通知: QA releases it first. */
public class HoldInForceException extends RuleViolation {

    public HoldInForceException(String caseLabel) {
        super("hold in force on " + caseLabel, caseLabel);
    }
}

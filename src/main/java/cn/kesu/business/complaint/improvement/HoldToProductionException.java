package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** A 暂停生产通知 holds production's work in progress: it is addressed to production and signed by QA. */
public class HoldToProductionException extends RuleViolation {

    public HoldToProductionException(String caseLabel) {
        super("hold not to production on " + caseLabel, caseLabel);
    }
}

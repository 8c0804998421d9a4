package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** Only a hold production has put in place, and not yet released, can be released (解除暂停生产). */
public class HoldNotInForceException extends RuleViolation {

    public HoldNotInForceException(String caseLabel) {
        super("no hold in force on " + caseLabel, caseLabel);
    }
}

package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** An 8D closes only after the configured number of consecutive lots without the defect (连续三批无此不良). */
public class CleanLotsRequiredException extends RuleViolation {

    public CleanLotsRequiredException(String caseLabel, Object detail1, Object detail2) {
        super("not enough clean lots on " + caseLabel, caseLabel, detail1, detail2);
    }
}

package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** An affected shipped lot (已出货受影响批次) names its lot number, quantity and where the goods are. */
public class ShippedLotRequiredException extends RuleViolation {

    public ShippedLotRequiredException(String caseLabel) {
        super("shipped lot without its lot on " + caseLabel, caseLabel);
    }
}

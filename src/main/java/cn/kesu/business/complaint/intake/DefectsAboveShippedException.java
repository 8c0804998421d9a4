package cn.kesu.business.complaint.intake;

import cn.kesu.business.common.RuleViolation;

/** The defective quantity cannot exceed the quantity shipped. */
public class DefectsAboveShippedException extends RuleViolation {

    public DefectsAboveShippedException(String caseLabel, int shipped, int defects) {
        super("case " + caseLabel + ": " + defects + " defects of " + shipped + " shipped", caseLabel, defects, shipped);
    }
}

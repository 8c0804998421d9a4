package cn.kesu.business.complaint.pause;

import cn.kesu.business.common.RuleViolation;

/** Only the holder of the current step (its worker or countersigning manager) may pause or resume its clock. */
public class NotClockHolderException extends RuleViolation {

    public NotClockHolderException(String caseLabel) {
        super("caller does not hold the current step of case " + caseLabel, caseLabel);
    }
}

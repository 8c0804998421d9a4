package cn.kesu.business.complaint.pause;

import cn.kesu.business.common.RuleViolation;

/** The GM office can only decide on a pause of the case deadline that the holder asked for. */
public class NoCaseClockRequestException extends RuleViolation {

    public NoCaseClockRequestException(String caseLabel) {
        super("nothing to decide on the case deadline of case " + caseLabel, caseLabel);
    }
}

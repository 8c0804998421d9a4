package cn.kesu.business.complaint.pause;

import cn.kesu.business.common.RuleViolation;

/** The step's clock is paused already; it must be resumed before it can be paused again. */
public class AlreadyPausedException extends RuleViolation {

    public AlreadyPausedException(String caseLabel) {
        super("the current step of case " + caseLabel + " is already paused", caseLabel);
    }
}

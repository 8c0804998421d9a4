package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

/** A date of something that already happened (the customer signed) cannot lie in the future. */
public class FutureDateException extends RuleViolation {

    public FutureDateException(String caseLabel) {
        super("future date on " + caseLabel, caseLabel);
    }
}

package cn.kesu.business.penalty;

import cn.kesu.business.common.RuleViolation;

/** A notice needs an amount or an administrative sanction. */
public class EmptyPenaltyException extends RuleViolation {

    public EmptyPenaltyException() {
        super("nothing to reward or penalise");
    }
}

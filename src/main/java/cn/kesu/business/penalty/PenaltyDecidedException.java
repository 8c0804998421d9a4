package cn.kesu.business.penalty;

import cn.kesu.business.common.RuleViolation;

/** The gm decides a notice once. */
public class PenaltyDecidedException extends RuleViolation {

    public PenaltyDecidedException(String number) {
        super("notice " + number + " is decided", number);
    }
}

package cn.kesu.business.penalty;

import cn.kesu.business.common.RuleViolation;

/** Only an approved notice is printed and published. */
public class PenaltyNotApprovedException extends RuleViolation {

    public PenaltyNotApprovedException(String number) {
        super("notice " + number + " is not approved", number);
    }
}

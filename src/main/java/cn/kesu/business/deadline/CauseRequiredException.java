package cn.kesu.business.deadline;

import cn.kesu.business.common.RuleViolation;

/** A 查办单 cannot be closed before its department recorded the cause of the delay. */
public class CauseRequiredException extends RuleViolation {

    public CauseRequiredException(String number) {
        super("investigation " + number + " has no cause yet", number);
    }
}

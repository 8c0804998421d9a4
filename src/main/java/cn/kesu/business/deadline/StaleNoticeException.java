package cn.kesu.business.deadline;

import cn.kesu.business.common.RuleViolation;

/** Someone else changed the reminder or investigation since the caller read it, or it does not exist. */
public class StaleNoticeException extends RuleViolation {

    public StaleNoticeException(String number) {
        super(number + " changed or does not exist", number);
    }
}

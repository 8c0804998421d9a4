package cn.kesu.business.penalty;

import cn.kesu.business.common.RuleViolation;

/** Notices are for a month that is over: its closed cases are final. */
public class MonthNotClosedException extends RuleViolation {

    public MonthNotClosedException(String month) {
        super("month " + month + " is not over", month);
    }
}

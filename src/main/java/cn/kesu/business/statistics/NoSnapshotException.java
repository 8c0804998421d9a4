package cn.kesu.business.statistics;

import cn.kesu.business.common.RuleViolation;

/** There is no generated 客诉案件统计表 for the month to confirm. */
public class NoSnapshotException extends RuleViolation {

    public NoSnapshotException(String month) {
        super("no statistics generated for " + month, month);
    }
}

package cn.kesu.business.statistics;

import cn.kesu.business.common.RuleViolation;

/** A confirmed 客诉案件统计表 is final: it is neither recomputed nor confirmed again. */
public class SnapshotConfirmedException extends RuleViolation {

    public SnapshotConfirmedException(String month) {
        super("statistics of " + month + " are confirmed", month);
    }
}

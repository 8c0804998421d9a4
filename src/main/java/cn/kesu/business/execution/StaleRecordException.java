package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

/** The record changed since the caller loaded it; reload and try again. */
public class StaleRecordException extends RuleViolation {

    public StaleRecordException(String label) {
        super("stale " + label, label);
    }
}

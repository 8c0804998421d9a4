package cn.kesu.business.common;


/** The record changed since the caller loaded it; reload and try again. */
public class StaleRecordException extends RuleViolation {

    public StaleRecordException(String label) {
        super("stale " + label, label);
    }
}

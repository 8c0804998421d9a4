package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

/** A settled supplier claim is final. */
public class ClaimSettledException extends RuleViolation {

    public ClaimSettledException(String supplier) {
        super("claim on " + supplier + " is settled", supplier);
    }
}

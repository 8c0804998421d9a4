package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

/** A settlement between zero and the claimed amount. */
public class SettlementAboveClaimException extends RuleViolation {

    public SettlementAboveClaimException(String claimed) {
        super("settlement above " + claimed, claimed);
    }
}

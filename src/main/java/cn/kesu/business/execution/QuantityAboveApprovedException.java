package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

/** A 成品退货单 may not exceed what is left of the approved return quantity. */
public class QuantityAboveApprovedException extends RuleViolation {

    public QuantityAboveApprovedException(String caseLabel, int remaining) {
        super("case " + caseLabel + " has " + remaining + " left", caseLabel, remaining);
    }
}

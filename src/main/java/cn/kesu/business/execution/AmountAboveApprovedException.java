package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

import java.math.BigDecimal;

/** A 销货折让证明单 may not exceed what is left of the approved amount (不得超越核决权限). */
public class AmountAboveApprovedException extends RuleViolation {

    public AmountAboveApprovedException(String caseLabel, BigDecimal remaining) {
        super("case " + caseLabel + " has " + remaining + " left", caseLabel, remaining.toPlainString());
    }
}

package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

/** The supplier's claim on this case was raised already. */
public class SupplierClaimExistsException extends RuleViolation {

    public SupplierClaimExistsException(String caseLabel, String supplier) {
        super("case " + caseLabel + " already claims from " + supplier, caseLabel, supplier);
    }
}

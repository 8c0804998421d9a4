package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

/** A supplier claim needs a share QA attributed to that supplier. */
public class SupplierNotResponsibleException extends RuleViolation {

    public SupplierNotResponsibleException(String caseLabel) {
        super("case " + caseLabel + " has no such supplier share", caseLabel);
    }
}

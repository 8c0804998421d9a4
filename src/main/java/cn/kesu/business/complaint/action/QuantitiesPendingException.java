package cn.kesu.business.complaint.action;

import cn.kesu.business.common.RuleViolation;

/** The case cannot close while the quantities the customer was still processing (客户加工中未确定) are unknown. */
public class QuantitiesPendingException extends RuleViolation {

    public QuantitiesPendingException(String caseLabel) {
        super("case " + caseLabel + " has its quantities pending", caseLabel);
    }
}

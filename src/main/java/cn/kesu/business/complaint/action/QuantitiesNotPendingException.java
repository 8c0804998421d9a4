package cn.kesu.business.complaint.action;

import cn.kesu.business.common.RuleViolation;

/** 补填数量 is for quantities left pending at entry; the slip's quantities are known (changes go through 签呈). */
public class QuantitiesNotPendingException extends RuleViolation {

    public QuantitiesNotPendingException(String caseLabel) {
        super("case " + caseLabel + " has no pending quantities", caseLabel);
    }
}

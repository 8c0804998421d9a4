package cn.kesu.business.complaint.action;

import cn.kesu.business.common.RuleViolation;

/**
 * 职责分离 at execution: the approver's countersignature of a 销货折让证明单, or decision on a quantity
 * difference, confirms what somebody else issued or explained, never the approver's own document.
 */
public class OwnDocumentException extends RuleViolation {

    public OwnDocumentException(String caseLabel) {
        super("confirming own document on " + caseLabel, caseLabel);
    }
}

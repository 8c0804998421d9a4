package cn.kesu.business.complaint.workflow;

import cn.kesu.business.common.RuleViolation;

/** The case named does not exist. */
public class UnknownCaseException extends RuleViolation {

    public UnknownCaseException(Object caseId) {
        super("unknown case " + caseId, caseId);
    }
}

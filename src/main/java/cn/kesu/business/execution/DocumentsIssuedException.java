package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

/** Execution cannot go back to approval once documents were issued on the approved result. */
public class DocumentsIssuedException extends RuleViolation {

    public DocumentsIssuedException(String caseLabel) {
        super("case " + caseLabel + " has documents", caseLabel);
    }
}

package cn.kesu.business.deadline;

import cn.kesu.business.common.RuleViolation;

/**
 * 结案 waits for the final answer (最终答复): what was approved has been told to the customer, recorded as a contact
 * that sent the final answer, since the approval.
 */
public class FinalAnswerRequiredException extends RuleViolation {

    public FinalAnswerRequiredException(String caseLabel) {
        super("no final answer to the customer on " + caseLabel, caseLabel);
    }
}

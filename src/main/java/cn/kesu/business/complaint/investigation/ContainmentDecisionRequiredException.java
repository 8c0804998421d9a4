package cn.kesu.business.complaint.investigation;

import cn.kesu.business.common.RuleViolation;

/**
 * A major or crisis complaint does not pass QA's investigation without its containment decided (issue 14): where the
 * defective goods already shipped are, and what was done with the stock ("无" where there are none).
 */
public class ContainmentDecisionRequiredException extends RuleViolation {

    public ContainmentDecisionRequiredException(String caseLabel) {
        super("containment not decided on " + caseLabel, caseLabel);
    }
}

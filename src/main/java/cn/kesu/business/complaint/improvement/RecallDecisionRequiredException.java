package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** A recall action (召回决定) is done only with the decision: recall or not. */
public class RecallDecisionRequiredException extends RuleViolation {

    public RecallDecisionRequiredException(String caseLabel) {
        super("recall without its decision on " + caseLabel, caseLabel);
    }
}

package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** Only a complaint QA found established (成立) has an 8D. */
public class NotEstablishedException extends RuleViolation {

    public NotEstablishedException(String caseLabel) {
        super("not established on " + caseLabel, caseLabel);
    }
}

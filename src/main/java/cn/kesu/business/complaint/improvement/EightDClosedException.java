package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** A closed 8D (D8) takes no more root causes, actions or lots. */
public class EightDClosedException extends RuleViolation {

    public EightDClosedException(String caseLabel) {
        super("8D closed on " + caseLabel, caseLabel);
    }
}

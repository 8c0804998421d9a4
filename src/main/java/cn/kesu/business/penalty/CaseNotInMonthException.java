package cn.kesu.business.penalty;

import cn.kesu.business.common.RuleViolation;

/** A notice's cases are cases closed in its month. */
public class CaseNotInMonthException extends RuleViolation {

    public CaseNotInMonthException(String caseLabel, String month) {
        super("case " + caseLabel + " not closed in " + month, caseLabel, month);
    }
}

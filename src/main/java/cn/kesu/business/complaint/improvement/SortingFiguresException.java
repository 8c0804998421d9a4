package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** A stock sorting (库存挑选) records how many pieces were sorted, rejected and released; rejected and released add up to sorted. */
public class SortingFiguresException extends RuleViolation {

    public SortingFiguresException(String caseLabel) {
        super("sorting figures do not add up on " + caseLabel, caseLabel);
    }
}

package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.RuleViolation;

/** A verification lot's figures must fit together, and a lot with the defect must say what was found. */
public class LotFiguresException extends RuleViolation {

    public LotFiguresException(String caseLabel) {
        super("lot figures on " + caseLabel, caseLabel);
    }
}

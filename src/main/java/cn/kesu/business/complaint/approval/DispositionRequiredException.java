package cn.kesu.business.complaint.approval;

import cn.kesu.business.common.RuleViolation;

/** An established complaint needs at least one disposition (处理方式) in the consolidated opinion. */
public class DispositionRequiredException extends RuleViolation {

    public DispositionRequiredException(String caseLabel) {
        super("case " + caseLabel + " is established and needs a disposition", caseLabel);
    }
}

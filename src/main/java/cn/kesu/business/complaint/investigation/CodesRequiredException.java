package cn.kesu.business.complaint.investigation;

import cn.kesu.business.common.MessageKeys;
import cn.kesu.business.common.RuleViolation;

/** An established complaint needs its abnormality type and cause code, the statistics' Pareto dimensions. */
public class CodesRequiredException extends RuleViolation {

    public CodesRequiredException(String caseLabel, MessageKeys missing) {
        super("case " + caseLabel + " lacks " + missing.keys(), caseLabel, missing);
    }
}

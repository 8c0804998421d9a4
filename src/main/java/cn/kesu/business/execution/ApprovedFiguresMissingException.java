package cn.kesu.business.execution;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;

/** The consolidated opinion lacks what its dispositions need: an amount for allowances, a quantity for returns. */
public class ApprovedFiguresMissingException extends RuleViolation {

    public ApprovedFiguresMissingException(String caseLabel, String fieldKey) {
        super("case " + caseLabel + " lacks " + fieldKey, caseLabel, new MessageKey(fieldKey));
    }
}

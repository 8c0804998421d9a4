package cn.kesu.business.complaint.severity;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.complaint.Severity;

/** Severity only rises: the level asked for is not above the case's. */
public class SeverityNotRaisedException extends RuleViolation {

    public SeverityNotRaisedException(String caseLabel, Severity current) {
        super("case " + caseLabel + " is already " + current, caseLabel, new MessageKey(current.labelKey()));
    }
}

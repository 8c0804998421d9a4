package cn.kesu.business.execution;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.complaint.Disposition;

/** A document for a disposition the approver did not approve, or of the wrong kind. */
public class DispositionNotApprovedException extends RuleViolation {

    public DispositionNotApprovedException(String caseLabel, Disposition disposition) {
        super("case " + caseLabel + " has no approved " + disposition, caseLabel, new MessageKey(disposition.labelKey()));
    }
}

package cn.kesu.business.execution;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.complaint.Disposition;

/** One document per disposition: this one was issued already. */
public class DocumentExistsException extends RuleViolation {

    public DocumentExistsException(String caseLabel, Disposition disposition) {
        super("case " + caseLabel + " already has a document for " + disposition, caseLabel, new MessageKey(disposition.labelKey()));
    }
}

package cn.kesu.business.complaint.workflow;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;

/** A text the action needs (a reason, an explanation, a ruling) was left empty. */
public class TextRequiredException extends RuleViolation {

    public TextRequiredException(String caseLabel, String fieldKey) {
        super("case " + caseLabel + " needs " + fieldKey, caseLabel, new MessageKey(fieldKey));
    }
}

package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.user.Department;

/** An 8D action is recorded done by the department that owns it, nobody else. */
public class NotActionOwnerException extends RuleViolation {

    public NotActionOwnerException(String caseLabel, Department owner) {
        super("action of " + caseLabel + " is owned by " + owner, caseLabel, new MessageKey(owner.labelKey()));
    }
}

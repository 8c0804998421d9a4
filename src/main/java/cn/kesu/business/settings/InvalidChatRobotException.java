package cn.kesu.business.settings;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.user.Department;

/** A group robot's address that is not an http(s) web address. */
public class InvalidChatRobotException extends RuleViolation {

    public InvalidChatRobotException(Department department, String url) {
        super("invalid robot address for " + department + ": " + url, new MessageKey(department.labelKey()), url);
    }
}

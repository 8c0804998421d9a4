package cn.kesu.business.deadline;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.user.Department;

/** A reminder or investigation is answered by the department it is addressed to, nobody else. */
public class NotYourDepartmentException extends RuleViolation {

    public NotYourDepartmentException(String number, Department addressee) {
        super(number + " is addressed to " + addressee, number, new MessageKey(addressee.labelKey()));
    }
}

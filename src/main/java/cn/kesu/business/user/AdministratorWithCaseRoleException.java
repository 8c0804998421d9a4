package cn.kesu.business.user;

import cn.kesu.business.common.RuleViolation;

/** 职责分离: the administrator role is held alone, never with a role that works or reads complaints. */
public class AdministratorWithCaseRoleException extends RuleViolation {

    public AdministratorWithCaseRoleException() {
        super("the administrator role is held alone");
    }
}

package cn.kesu.business.user;

import cn.kesu.business.common.RuleViolation;

/** The current password, asked for before a new one is set, was wrong (or the account is locked). */
public class WrongPasswordException extends RuleViolation {

    public WrongPasswordException(String username) {
        super("wrong current password: " + username);
    }
}

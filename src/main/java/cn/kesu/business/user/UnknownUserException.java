package cn.kesu.business.user;

import cn.kesu.business.common.RuleViolation;

/** The user named does not exist. */
public class UnknownUserException extends RuleViolation {

    public UnknownUserException(Object key) {
        super("unknown user: " + key, key);
    }
}

package cn.kesu.business.user;

import cn.kesu.business.common.RuleViolation;

/** An administrator may not disable their own account or take away their own admin role: nobody would be left to undo it. */
public class OwnAccountException extends RuleViolation {

    public OwnAccountException(String username) {
        super("own account: " + username, username);
    }
}

package cn.kesu.business.user;

import cn.kesu.business.common.RuleViolation;

/** A username is already in use; usernames are never reused, even of disabled users. */
public class UsernameTakenException extends RuleViolation {

    public UsernameTakenException(String username) {
        super("username taken: " + username, username);
    }
}

package cn.kesu.business.user;

import cn.kesu.business.common.RuleViolation;

/** The administrator signs in with a local account, never the company directory's: a directory account is no admin. */
public class LocalAdministratorException extends RuleViolation {

    public LocalAdministratorException(String username) {
        super("a directory account cannot be the administrator: " + username, username);
    }
}

package cn.kesu.business.user;

import cn.kesu.business.common.RuleViolation;

/** 目录账号: its password belongs to the company directory, so it is neither changed nor reset here. */
public class DirectoryAccountException extends RuleViolation {

    public DirectoryAccountException(String username) {
        super("directory account, password kept by the directory: " + username, username);
    }
}

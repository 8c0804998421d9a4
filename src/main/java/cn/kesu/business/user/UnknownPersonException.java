package cn.kesu.business.user;

import cn.kesu.business.common.RuleViolation;

/** A person named on a case is no user of the system and not marked as outside it (外部:姓名). */
public class UnknownPersonException extends RuleViolation {

    public UnknownPersonException(String given) {
        super("no user " + given, given);
    }
}

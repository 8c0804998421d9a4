package cn.kesu.infrastructure.security;

import cn.kesu.business.common.RuleViolation;

/** A new password the password policy refuses; the reason names which rule, never the password. */
public class WeakPasswordException extends RuleViolation {

    /** Which rule of {@link PasswordRules} the password broke. */
    public enum Reason { TOO_SHORT, TOO_LONG, COMMON, CONTAINS_USERNAME, SAME_AS_OLD }

    private final Reason reason;

    public WeakPasswordException(Reason reason) {
        super("weak password: " + reason, PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "error.WeakPasswordException." + reason.name();
    }
}

package cn.kesu.business.common;

import jakarta.ejb.ApplicationException;

/**
 * A refusal of the procedure: the caller asked for something a rule forbids. Each broken rule is
 * its own subclass; the screens show the message the bundle holds under {@link #messageKey()} in the
 * user's language, so the exception itself carries only the arguments. Nothing the request changed is
 * kept (the transaction rolls back).
 */
@ApplicationException(rollback = true)
public abstract class RuleViolation extends RuntimeException {

    private final transient Object[] arguments;

    protected RuleViolation(String detail, Object... arguments) {
        super(detail);
        this.arguments = arguments.clone();
    }

    /** Key of the user-facing message; {@code error.} and the simple class name by default. */
    public String messageKey() {
        return "error." + getClass().getSimpleName();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

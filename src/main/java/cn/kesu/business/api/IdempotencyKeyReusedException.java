package cn.kesu.business.api;

import cn.kesu.business.common.RuleViolation;

/**
 * A client sent an idempotency key it used before with a different request: that is not a retry, and filing it
 * would either lose the new request or file the old one twice.
 */
public class IdempotencyKeyReusedException extends RuleViolation {

    public IdempotencyKeyReusedException(String key) {
        super("idempotency key used before for another request: " + key, key);
    }
}

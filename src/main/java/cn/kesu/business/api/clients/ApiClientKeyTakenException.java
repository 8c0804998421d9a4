package cn.kesu.business.api.clients;

import cn.kesu.business.common.RuleViolation;

/** Another API client already has this key. */
public class ApiClientKeyTakenException extends RuleViolation {

    public ApiClientKeyTakenException(String key) {
        super("API client key taken: " + key, key);
    }
}

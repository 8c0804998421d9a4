package cn.kesu.business.api.clients;

import cn.kesu.business.common.RuleViolation;

/** No API client with this id. */
public class UnknownApiClientException extends RuleViolation {

    public UnknownApiClientException(Long id) {
        super("no API client " + id, id);
    }
}

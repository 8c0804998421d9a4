package cn.kesu.business.api.clients;

import cn.kesu.model.api.ApiScope;

import java.io.Serializable;
import java.util.Set;

/** An API client whose token was accepted for this call: who it is, what it may do, how often. */
public record ApiCaller(Long clientId, String clientKey, String principal, Set<ApiScope> scopes,
                        int requestsPerMinute) implements Serializable {

    /** The request attribute under which the sign-in leaves the accepted client for the API. */
    public static final String ATTRIBUTE = "cn.kesu.api.caller";

    public boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }
}

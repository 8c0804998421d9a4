package cn.kesu.view.admin;

import cn.kesu.business.api.clients.ApiCallLog;
import cn.kesu.business.api.clients.ApiClients;
import cn.kesu.business.api.clients.IssuedSecret;
import cn.kesu.business.api.clients.NewApiClient;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.api.ApiCall;
import cn.kesu.model.api.ApiClient;
import cn.kesu.model.api.ApiScope;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Backing bean of {@code app/admin/api-clients.xhtml} (接口客户端): the administrator makes a client and sees its
 * token once, renews a secret, disables or enables a client and reads its latest calls.
 */
@Named
@ViewScoped
public class ApiClientsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CALLS_SHOWN = 50;

    @Inject
    ApiClients clients;

    @Inject
    ApiCallLog callLog;

    @Inject
    Feedback feedback;

    private transient List<ApiClient> list;
    private String clientKey;
    private String name;
    private ApiScope[] scopes = {ApiScope.INTAKE};
    private int requestsPerMinute = 120;

    /** The token just issued, shown until the page is left: it is kept nowhere else. */
    private String issuedToken;
    private String shownCallsOf;
    private transient List<ApiCall> calls;

    public void create() {
        if (issue(() -> clients.create(new NewApiClient(clientKey, name, asSet(scopes), requestsPerMinute)))) {
            clientKey = name = null;
            scopes = new ApiScope[] {ApiScope.INTAKE};
            requestsPerMinute = 120;
        }
    }

    public void renew(Long clientId) {
        issue(() -> clients.renewSecret(clientId));
    }

    public void disable(Long clientId) {
        perform(() -> clients.disable(clientId), "api.clients.disabled");
    }

    public void enable(Long clientId) {
        perform(() -> clients.enable(clientId), "api.clients.enabled");
    }

    public void showCalls(String key) {
        shownCallsOf = key;
        calls = null;
    }

    private static Set<ApiScope> asSet(ApiScope[] chosen) {
        Set<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        if (chosen != null) {
            set.addAll(List.of(chosen));
        }
        return set;
    }

    private boolean issue(Supplier<IssuedSecret> action) {
        try {
            IssuedSecret issued = action.get();
            issuedToken = issued.token();
            feedback.info("api.clients.issued", issued.clientKey());
            list = null;
            return true;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
            return false;
        }
    }

    private void perform(Runnable action, String doneKey) {
        try {
            action.run();
            feedback.info(doneKey);
            list = null;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
    }

    public List<ApiClient> getClients() {
        if (list == null) {
            list = clients.list();
        }
        return list;
    }

    public List<ApiCall> getCalls() {
        if (calls == null) {
            calls = shownCallsOf == null ? List.of() : callLog.latest(shownCallsOf, CALLS_SHOWN);
        }
        return calls;
    }

    public ApiScope[] getAllScopes() { return ApiScope.values(); }
    public String getClientKey() { return clientKey; }
    public void setClientKey(String clientKey) { this.clientKey = clientKey; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ApiScope[] getScopes() { return scopes; }
    public void setScopes(ApiScope[] scopes) { this.scopes = scopes; }
    public int getRequestsPerMinute() { return requestsPerMinute; }
    public void setRequestsPerMinute(int requestsPerMinute) { this.requestsPerMinute = requestsPerMinute; }
    public String getIssuedToken() { return issuedToken; }
    public String getShownCallsOf() { return shownCallsOf; }
}

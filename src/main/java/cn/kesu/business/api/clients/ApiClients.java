package cn.kesu.business.api.clients;

import cn.kesu.model.api.ApiClient;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * 接口客户端管理: the administrator makes API clients, renews their secrets, disables and enables them. The
 * sign-in mechanism asks {@link #authenticate} for every API call.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ApiClients {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<ApiClient> list() {
        return em.createNamedQuery(ApiClient.ALL, ApiClient.class).getResultList();
    }

    /** A new client; its token is in the answer and nowhere else. */
    public IssuedSecret create(@NotNull @Valid NewApiClient input) {
        if (find(input.clientKey()).isPresent()) {
            throw new ApiClientKeyTakenException(input.clientKey());
        }
        String secret = ApiSecrets.newSecret();
        ApiClient client = new ApiClient(input.clientKey(), input.name().strip(), input.scopes(),
                input.requestsPerMinute(), ApiSecrets.hash(secret), clock.instant(),
                session.getCallerPrincipal().getName());
        em.persist(client);
        return new IssuedSecret(client.getId(), client.getClientKey(), ApiSecrets.token(client.getClientKey(), secret));
    }

    /** A new secret for a client whose token leaked or whose holder left; the old one stops working at once. */
    public IssuedSecret renewSecret(@NotNull Long clientId) {
        ApiClient client = load(clientId);
        String secret = ApiSecrets.newSecret();
        client.replaceSecret(ApiSecrets.hash(secret));
        return new IssuedSecret(client.getId(), client.getClientKey(), ApiSecrets.token(client.getClientKey(), secret));
    }

    public void disable(@NotNull Long clientId) {
        load(clientId).disable();
    }

    public void enable(@NotNull Long clientId) {
        load(clientId).enable();
    }

    /**
     * The enabled client whose token this is; empty for anything else (unknown key, wrong secret, disabled),
     * all alike, so a refusal tells nothing about which it was.
     */
    @PermitAll
    public Optional<ApiCaller> authenticate(String token) {
        return ApiSecrets.split(token).flatMap(parts -> find(parts[0])
                .filter(ApiClient::isEnabled)
                .filter(client -> ApiSecrets.matches(parts[1], client.getSecretHash()))
                .map(client -> new ApiCaller(client.getId(), client.getClientKey(), client.principal(),
                        client.getScopes(), client.getRequestsPerMinute())));
    }

    private Optional<ApiClient> find(String key) {
        return em.createNamedQuery(ApiClient.BY_KEY, ApiClient.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private ApiClient load(Long clientId) {
        ApiClient client = em.find(ApiClient.class, clientId);
        if (client == null) {
            throw new UnknownApiClientException(clientId);
        }
        return client;
    }
}

package cn.kesu.business.api.clients;

import cn.kesu.infrastructure.audit.AuditRevision;
import cn.kesu.infrastructure.demo.AsAdmin;
import cn.kesu.infrastructure.demo.AsBusiness;
import cn.kesu.infrastructure.demo.DemoUsers;
import cn.kesu.model.api.ApiClient;
import cn.kesu.model.api.ApiScope;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 接口客户端: the administrator's clients, their tokens shown once and stored hashed, renewed and disabled. */
class ApiClientsIT extends InContainerTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @EJB
    ApiClients clients;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsBusiness asBusiness;

    @PersistenceContext
    EntityManager em;

    @Test
    void aNewClientsTokenAuthenticatesItAndOnlyItsHashIsKept() throws Exception {
        String key = uniqueKey();
        IssuedSecret issued = asAdmin.call(() -> clients.create(
                new NewApiClient(key, "呼叫中心", EnumSet.of(ApiScope.INTAKE), 120)));
        assertTrue(issued.token().startsWith(key + "."));

        ApiCaller caller = clients.authenticate(issued.token()).orElseThrow();
        assertEquals("api:" + key, caller.principal());
        assertEquals(Set.of(ApiScope.INTAKE), caller.scopes());
        assertEquals(120, caller.requestsPerMinute());

        ApiClient stored = em.find(ApiClient.class, issued.clientId());
        String secret = issued.token().substring(key.length() + 1);
        assertFalse(stored.getSecretHash().contains(secret));
        assertEquals(ApiSecrets.hash(secret), stored.getSecretHash());
        assertEquals("admin", stored.getCreatedBy());
    }

    @Test
    void aWrongSecretAnUnknownKeyAndAMalformedTokenAreRefusedAlike() throws Exception {
        String key = uniqueKey();
        asAdmin.call(() -> clients.create(new NewApiClient(key, "CRM", EnumSet.of(ApiScope.READ), 60)));
        assertEquals(Optional.empty(), clients.authenticate(key + ".not-the-secret"));
        assertEquals(Optional.empty(), clients.authenticate("nobody.some-secret"));
        assertEquals(Optional.empty(), clients.authenticate("no-dot-at-all"));
        assertEquals(Optional.empty(), clients.authenticate(null));
    }

    @Test
    void aRenewedSecretReplacesTheOldAndADisabledClientIsRefusedUntilEnabled() throws Exception {
        String key = uniqueKey();
        IssuedSecret first = asAdmin.call(() -> clients.create(
                new NewApiClient(key, "客户门户", EnumSet.allOf(ApiScope.class), 60)));
        IssuedSecret renewed = asAdmin.call(() -> clients.renewSecret(first.clientId()));
        assertNotEquals(first.token(), renewed.token());
        assertTrue(clients.authenticate(first.token()).isEmpty());
        assertTrue(clients.authenticate(renewed.token()).isPresent());

        asAdmin.run(() -> clients.disable(first.clientId()));
        assertTrue(clients.authenticate(renewed.token()).isEmpty());
        asAdmin.run(() -> clients.enable(first.clientId()));
        assertTrue(clients.authenticate(renewed.token()).isPresent());

        // Made, renewed, disabled, enabled: four revisions in the history, each by the administrator.
        List<?> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(ApiClient.class, false, true).add(AuditEntity.id().eq(first.clientId()))
                .getResultList();
        assertEquals(4, revisions.size());
        assertTrue(revisions.stream().allMatch(r -> "admin".equals(((AuditRevision) ((Object[]) r)[1]).getUsername())));
    }

    @Test
    void onlyTheAdministratorManagesClientsAndKeysAreUniqueAndWellFormed() throws Exception {
        String key = uniqueKey();
        NewApiClient input = new NewApiClient(key, "CRM", EnumSet.of(ApiScope.READ), 60);
        assertRefused(EJBAccessException.class, () -> asBusiness.call(() -> clients.create(input)));
        assertRefused(EJBAccessException.class, () -> asBusiness.call(() -> clients.list()));
        asAdmin.call(() -> clients.create(input));
        assertRefused(ApiClientKeyTakenException.class, () -> asAdmin.call(() -> clients.create(input)));
        assertRefused(ConstraintViolationException.class, () -> asAdmin.call(() -> clients.create(
                new NewApiClient("Bad Key!", "CRM", EnumSet.of(ApiScope.READ), 60))));
        assertRefused(ConstraintViolationException.class, () -> asAdmin.call(() -> clients.create(
                new NewApiClient(uniqueKey(), "CRM", Set.of(), 60))));
        assertRefused(UnknownApiClientException.class, () -> asAdmin.run(() -> clients.disable(-1L)));
    }

    @Test
    void theDemoClientsPublishedTokenWorksOnTheDemoServer() {
        ApiCaller demo = clients.authenticate(DemoUsers.API_TOKEN).orElseThrow();
        assertEquals(EnumSet.allOf(ApiScope.class), demo.scopes());
    }

    private static String uniqueKey() {
        return "k" + System.currentTimeMillis() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }
}

package cn.kesu.business.api.clients;

import cn.kesu.model.api.ApiCall;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * 接口调用记录: every API call with its client and answer, refused ones too. Written in a transaction of its own,
 * so a call whose work rolled back is still recorded.
 */
@Stateless
public class ApiCallLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String clientKey, String method, String path, int status, String clientAddress) {
        em.persist(new ApiCall(clock.instant(), clientKey, method, path, status, clientAddress));
    }

    /** The latest calls of a client, newest first, for the administrator. */
    @RolesAllowed(cn.kesu.model.user.Roles.ADMIN)
    public List<ApiCall> latest(String clientKey, int limit) {
        return em.createQuery("select c from ApiCall c where c.clientKey = :key order by c.occurredAt desc, c.id desc",
                        ApiCall.class)
                .setParameter("key", clientKey).setMaxResults(limit).getResultList();
    }
}

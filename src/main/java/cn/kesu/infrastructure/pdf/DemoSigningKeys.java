package cn.kesu.infrastructure.pdf;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The demo signing keystore in the application database (table {@code demo_signing_key}, one row, written once):
 * every node of a demo cluster on the shared database signs with it. Each call in its own transaction, so a key
 * kept is kept whatever becomes of the work that first needed it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoSigningKeys implements SharedDemoKey {

    @PersistenceContext
    EntityManager em;

    @Override
    public byte[] stored() {
        List<?> rows = em.createNativeQuery("select keystore from demo_signing_key where id = 1").getResultList();
        return rows.isEmpty() ? null : (byte[]) rows.get(0);
    }

    @Override
    public byte[] keep(byte[] made) {
        em.createNativeQuery("insert into demo_signing_key (id, keystore, created_at) values (1, ?1, ?2)"
                + " on conflict do nothing").setParameter(1, made).setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
        return stored();
    }
}

package cn.kesu.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.support.InContainerTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

/** The demo the test server loaded at start: nothing of it is dated after the moment it was loaded. */
class DemoDataIT extends InContainerTest {

    private static final List<String> DEMO_CUSTOMERS = List.of("C001", "C002", "C003", "E101", "E102");

    @PersistenceContext
    EntityManager em;

    @Test
    void noDemoCaseStepOrSignatureIsDatedInTheFuture() {
        Instant now = Instant.now();
        long cases = em.createQuery("select count(c) from Complaint c where c.customer.code in :demo", Long.class)
                .setParameter("demo", DEMO_CUSTOMERS).getSingleResult();
        assertTrue(cases >= 32, "the demo's cases are there: " + cases);

        assertEquals(0L, count("select count(c) from Complaint c where c.customer.code in :demo and (c.closedAt > :now"
                + " or c.acceptedAt > :now or c.submittedAt > :now or c.createdAt > :now)", now), "case times");
        assertEquals(0L, count("select count(s) from StepRecord s where s.complaint.customer.code in :demo"
                + " and (s.enteredAt > :now or s.finishedAt > :now or s.workSignedAt > :now)", now), "step times");
        assertEquals(0L, count("select count(g) from Signature g where g.complaint.customer.code in :demo"
                + " and g.signedAt > :now", now), "signatures");
    }

    private long count(String jpql, Instant now) {
        return em.createQuery(jpql, Long.class).setParameter("demo", DEMO_CUSTOMERS).setParameter("now", now)
                .getSingleResult();
    }
}

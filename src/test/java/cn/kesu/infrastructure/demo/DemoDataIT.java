package cn.kesu.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.user.NewUser;
import cn.kesu.business.user.UserAdministration;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo the test server loaded at start: its history was worked through the department beans as the demo
 * users, and nothing of it is dated after the moment it was loaded.
 */
class DemoDataIT extends InContainerTest {

    private static final List<String> DEMO_CUSTOMERS = List.of("C001", "C002", "C003", "E101", "E102");

    @PersistenceContext
    EntityManager em;

    @EJB
    DemoData demoData;

    @EJB
    AsAdmin admin;

    @EJB
    UserAdministration users;

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

    @Test
    void everyDemoSignatureIsTheDemoUserOfItsRole() {
        List<Object[]> signers = em.createQuery("select distinct g.username, g.role from Signature g"
                + " where g.complaint.customer.code in :demo", Object[].class)
                .setParameter("demo", DEMO_CUSTOMERS).getResultList();
        assertTrue(signers.size() >= 10, "the departments all signed: " + signers.size());
        for (Object[] signer : signers) {
            assertTrue(DemoUser.ALL.stream().anyMatch(u -> u.username().equals(signer[0]) && u.role() == signer[1]),
                    signer[0] + " signed as " + signer[1]);
        }
    }

    @Test
    void theDemoSpansEveryStepAndItsNumbersFollowItsAcceptanceTimes() {
        List<Step> steps = em.createQuery("select distinct c.currentStep from Complaint c"
                + " where c.customer.code in :demo", Step.class).setParameter("demo", DEMO_CUSTOMERS).getResultList();
        assertEquals(EnumSet.allOf(Step.class), EnumSet.copyOf(steps), "the demo's cases stand at every step");

        List<Object[]> numbered = em.createQuery("select c.number, c.acceptedAt from Complaint c"
                + " where c.customer.code in :demo and c.number is not null order by c.number", Object[].class)
                .setParameter("demo", DEMO_CUSTOMERS).getResultList();
        for (int i = 1; i < numbered.size(); i++) {
            Instant before = (Instant) numbered.get(i - 1)[1];
            Instant after = (Instant) numbered.get(i)[1];
            if (numbered.get(i - 1)[0].toString().substring(0, 4).equals(numbered.get(i)[0].toString().substring(0, 4))) {
                assertFalse(after.isBefore(before), numbered.get(i)[0] + " accepted before " + numbered.get(i - 1)[0]);
            }
        }
    }

    @Test
    void everyMajorDemoCaseHadItsSeverityNoticeIssuedByTheRules() {
        long major = count("select count(c) from Complaint c where c.customer.code in :demo and c.number is not null"
                + " and c.severity <> :general");
        long unnoticed = count("select count(c) from Complaint c where c.customer.code in :demo"
                + " and c.number is not null and c.severity <> :general"
                + " and not exists (select n from SeverityNotice n where n.complaint = c)");
        assertTrue(major >= 2, "QA found major cases in the demo: " + major);
        assertEquals(0L, unnoticed, "major demo cases without a 重大客诉 notice");
    }

    @Test
    void theDemoIsNeverLoadedIntoADatabaseThatHoldsRealUsers() throws Exception {
        String username = "real-" + System.nanoTime() % 1_000_000;
        admin.call(() -> users.createUser(new NewUser(username, "真实用户", Department.QA, Set.of(Role.QA),
                null, "a-real-password-1")));
        long customers = em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();

        assertEquals(DemoData.Outcome.REFUSED, demoData.load());
        assertEquals(customers, em.createQuery("select count(c) from Customer c", Long.class).getSingleResult(),
                "no demo data added");
    }

    /** Issue 14: an 8D closed after three clean lots, one waiting for production's overdue corrective action. */
    @Test
    void theDemoHasAnEightDClosedAfterThreeCleanLotsAndOneInProgress() {
        Instant now = Instant.now();
        assertEquals(1L, count("select count(d) from EightD d where d.complaint.customer.code in :demo"
                + " and d.closed.at is not null and d.cleanLots = 3 and d.closed.at < :now", now));
        assertEquals(1L, count("select count(d) from EightD d where d.complaint.customer.code in :demo"
                + " and d.closed.at is null and d.rootCauseFound.at is not null and exists (select a from"
                + " ImprovementAction a where a.eightD = d and a.done.at is null and a.dueAt < :now)", now));
        assertEquals(0L, count("select count(l) from VerificationLot l where l.eightD.complaint.customer.code in :demo"
                + " and l.recorded.at > :now", now), "lot times");
        assertEquals(0L, count("select count(k) from CustomerContact k where k.complaint.customer.code in :demo"
                + " and (k.contactedAt > :now or k.recorded.at > :now)", now), "contact times");
        assertTrue(count("select count(p) from CustomerPromise p where p.complaint.customer.code in :demo"
                + " and p.keptAt is not null and p.keptAt <= :now", now) > 0, "promises kept by the demo's contacts");
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).setParameter("demo", DEMO_CUSTOMERS)
                .setParameter("general", Severity.GENERAL).getSingleResult();
    }

    private long count(String jpql, Instant now) {
        return em.createQuery(jpql, Long.class).setParameter("demo", DEMO_CUSTOMERS).setParameter("now", now)
                .getSingleResult();
    }
}

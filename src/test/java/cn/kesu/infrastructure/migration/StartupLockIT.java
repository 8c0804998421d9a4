package cn.kesu.infrastructure.migration;

import cn.kesu.support.InContainerTest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: two nodes starting at once on one database take the start-up lock in turn. Two transactions stand for
 * them: on PostgreSQL the second waits until the first has committed (the work after the lock then finds the first
 * node's rows); on H2, one node's own database, nobody waits.
 */
class StartupLockIT extends InContainerTest {

    private static final long HOLD_MS = 1500;

    @Inject
    StartupLock lock;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    @Test
    void aSecondStartWaitsForTheFirstToCommitOnPostgresql() throws Exception {
        CountDownLatch firstHolds = new CountDownLatch(1);
        Future<?> first = executor.submit(() -> {
            transaction.begin();
            lock.untilCommit(em);
            firstHolds.countDown();
            Thread.sleep(HOLD_MS);
            transaction.commit();
            return null;
        });
        assertTrue(firstHolds.await(10, TimeUnit.SECONDS), "the first start took the lock");
        long started = System.nanoTime();
        transaction.begin();
        try {
            lock.untilCommit(em);
        } finally {
            transaction.commit();
        }
        long waitedMs = (System.nanoTime() - started) / 1_000_000;
        first.get(10, TimeUnit.SECONDS);

        if (postgresql()) {
            assertTrue(waitedMs >= HOLD_MS / 2, "waited " + waitedMs + " ms for the first start's commit");
        } else {
            assertTrue(waitedMs < HOLD_MS / 2, "H2 takes no lock, yet waited " + waitedMs + " ms");
        }

        // The lock across transactions of their own (the demo's) is the same lock.
        if (postgresql()) {
            CountDownLatch secondHolds = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> demo = executor.submit(() -> {
                lock.during(() -> {
                    secondHolds.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertTrue(secondHolds.await(10, TimeUnit.SECONDS));
            executor.submit(() -> {
                Thread.sleep(HOLD_MS);
                release.countDown();
                return null;
            });
            started = System.nanoTime();
            transaction.begin();
            try {
                lock.untilCommit(em);
            } finally {
                transaction.commit();
            }
            waitedMs = (System.nanoTime() - started) / 1_000_000;
            demo.get(10, TimeUnit.SECONDS);
            assertTrue(waitedMs >= HOLD_MS / 2, "waited " + waitedMs + " ms for the demo's load");
        }
    }

    private boolean postgresql() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return StartupLock.isPostgresql(connection);
        }
    }
}

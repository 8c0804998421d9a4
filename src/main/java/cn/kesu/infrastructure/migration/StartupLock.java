package cn.kesu.infrastructure.migration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What a node does once at its start on the shared database — the first administrator, the demo — one node at a
 * time: two nodes of a cluster starting at once on an empty database would each find nobody and each add the same
 * users (issue 16). On PostgreSQL an advisory lock, held by the database for the node's connection, so a node
 * that dies holding it releases it; on H2, a single node's database, nothing. Flyway's own lock already makes the
 * migrations run once.
 */
@ApplicationScoped
public class StartupLock {

    /** The lock's key: the same on every node, used for nothing else. */
    static final long KEY = 0x6B657375_73746172L;

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    /**
     * Locks until the end of the caller's transaction, on the connection the entity manager enlisted: the
     * transaction's work is committed before another node's starts.
     */
    public void untilCommit(EntityManager em) {
        // The entity manager's own connection says which database it is: no second connection for that.
        if (em.unwrap(Session.class).doReturningWork(StartupLock::isPostgresql)) {
            em.createNativeQuery("select pg_advisory_xact_lock(" + KEY + ")").getSingleResult();
        }
    }

    /** Runs work of several transactions of its own (the demo commits step by step) under the lock. */
    public void during(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean locking = isPostgresql(connection);
            if (locking) {
                execute(connection, "select pg_advisory_lock(" + KEY + ")");
            }
            try {
                work.run();
            } finally {
                if (locking) {
                    execute(connection, "select pg_advisory_unlock(" + KEY + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("客诉: the start-up lock on the database failed", e);
        }
    }

    /** Whether the connection is PostgreSQL's (the one database that takes the lock); also StartupLockIT's test. */
    static boolean isPostgresql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

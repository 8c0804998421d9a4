package cn.kesu.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.logging.Logger;

/** Runs against whatever database the server was started with: H2 by default, PostgreSQL in CI's second pass. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    private static final Logger LOG = Logger.getLogger(SchemaMigrationIT.class.getName());

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    @EJB
    SchemaMigration schemaMigration;

    @Test
    void everyMigrationHasRunAndNoneIsPending() throws SQLException {
        MigrationInfo[] migrations = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource).locations("classpath:db/migration").load().info().all();

        assertTrue(migrations.length > 0);
        Arrays.stream(migrations)
                .filter(m -> m.getVersion() != null && !"0".equals(m.getVersion().getVersion()))
                .forEach(m -> assertEquals(MigrationState.SUCCESS, m.getState(), m.getScript()));
        try (Connection c = dataSource.getConnection()) {
            LOG.info("migrations verified on " + c.getMetaData().getDatabaseProductName()
                    + " " + c.getMetaData().getDatabaseProductVersion());
        }
    }

    @Test
    void schemaVersionIsTheNewestMigration() {
        MigrationInfo current = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource).locations("classpath:db/migration").load().info().current();
        assertEquals(current.getVersion().getVersion(), schemaMigration.schemaVersion());
    }

    @Test
    void userTablesExistWithTheirConstraints() throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from app_user u join user_role r on r.user_id = u.id")) {
            assertTrue(rs.next());
        }
    }
}

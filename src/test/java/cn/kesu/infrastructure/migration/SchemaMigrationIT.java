package cn.kesu.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.support.InContainerTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema as the migrations in the WAR leave it, read with plain SQL against whatever database the
 * server was started with: H2 by default, PostgreSQL in CI's second pass.
 */
class SchemaMigrationIT extends InContainerTest {

    private static final Logger LOG = Logger.getLogger(SchemaMigrationIT.class.getName());
    private static final Pattern VERSIONED = Pattern.compile(".*/V(\\d+)__[^/]+\\.sql");

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    @EJB
    SchemaMigration schemaMigration;

    @Inject
    ServletContext servletContext;

    @Test
    void everyMigrationFileOfTheWarRanOnceInOrderAndSucceeded() throws SQLException {
        List<Integer> files = migrationFiles();
        List<Integer> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("select version, success from flyway_schema_history"
                     + " where version is not null and version <> '0' order by installed_rank")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), "V" + rs.getString("version") + " succeeded");
                applied.add(Integer.valueOf(rs.getString("version")));
            }
            LOG.info("migrations verified on " + c.getMetaData().getDatabaseProductName()
                    + " " + c.getMetaData().getDatabaseProductVersion());
        }

        assertTrue(files.size() >= 8, "the WAR carries its migrations: " + files);
        assertEquals(files, applied, "each file of db/migration applied once, in version order");
    }

    @Test
    void theHealthCheckReportsTheNewestMigrationFileAsTheSchemaVersion() {
        List<Integer> files = migrationFiles();
        assertEquals(String.valueOf(files.get(files.size() - 1)), schemaMigration.schemaVersion());
    }

    @Test
    void usersHaveRolesAndTheSchemaRefusesDuplicateUsernamesAndOrphanRoles() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from app_user u join user_role r on r.user_id = u.id"
                    + " where u.username = 'qa' and r.role = 'qa'")) {
                rs.next();
                assertEquals(1, rs.getLong(1), "the demo user qa holds the role qa");
            }
            assertThrows(SQLException.class, () -> s.executeUpdate("insert into app_user"
                    + " (username, full_name, department, password_hash, created_at)"
                    + " values ('qa', '重复', 'QA', 'x', current_timestamp)"), "uk_app_user_username");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "insert into user_role (user_id, role) values (-1, 'qa')"), "fk_user_role_user");
            try (PreparedStatement count = c.prepareStatement("select count(*) from app_user where username = ?")) {
                count.setString(1, "qa");
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getLong(1), "nothing was stored by the refused inserts");
                }
            }
        }
    }

    /** The versions of the V*.sql files packed in the WAR, ascending: what the migrations should have run. */
    private List<Integer> migrationFiles() {
        Set<String> paths = servletContext.getResourcePaths("/WEB-INF/classes/db/migration/");
        List<Integer> versions = new ArrayList<>();
        for (String path : paths) {
            Matcher m = VERSIONED.matcher(path);
            if (m.matches()) {
                versions.add(Integer.valueOf(m.group(1)));
            }
        }
        versions.sort(null);
        return versions;
    }
}

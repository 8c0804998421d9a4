package cn.kesu.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the database schema to the version this build expects before anything else starts.
 * Flyway commits each migration itself, so the bean manages no container transaction around it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        FluentConfiguration configuration = Flyway.configure(getClass().getClassLoader());
        String owner = System.getenv("KESU_DB_OWNER");
        if (owner == null || owner.isBlank()) {
            configuration.dataSource(dataSource).locations("classpath:db/migration");
        } else {
            // The schema's owner migrates; the application's datasource role gets only what afterMigrate grants.
            String appRole = System.getenv("KESU_DB_USER");
            String url = System.getenv("KESU_DB_URL");
            if (appRole == null || appRole.isBlank() || url == null || url.isBlank() || appRole.equals(owner)) {
                throw new IllegalStateException("客诉: KESU_DB_OWNER needs KESU_DB_URL and KESU_DB_USER, the application's"
                        + " own role, which must differ from the owner");
            }
            configuration.dataSource(url, owner, System.getenv("KESU_DB_OWNER_PASSWORD"))
                    .locations("classpath:db/migration", "classpath:db/owner")
                    .placeholders(Map.of("appRole", appRole));
            LOG.info(() -> "schema migrated by the owner role " + owner + "; the application runs as " + appRole);
        }
        MigrateResult result = configuration
                // WildFly's timer store creates jboss_ejb_timer in this database before we deploy, so the
                // schema is never empty at our first migration: start history below V1 and run them all.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "database schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations run)");
    }

    /** The version the schema was migrated to, for the health check. */
    @Lock(LockType.READ)
    public String schemaVersion() {
        return schemaVersion;
    }
}

package cn.kesu.infrastructure.health;

import cn.kesu.infrastructure.migration.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready when the database answers and the schema has been migrated: {@code GET :9990/health/ready}. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    @Inject
    SchemaMigration schemaMigration;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named("kesu-database")
                    .status(valid)
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", String.valueOf(schemaMigration.schemaVersion()))
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("kesu-database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}

package io.textcenter.messaging.web.health;

import io.textcenter.messaging.persistence.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the database answers, and its schema is the one this code expects. It lives in the web module because
 * Payara Server collects health checks from web modules only (an EJB module's check is never called in the EAR).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Inject
    private DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        boolean reachable = databaseAnswers();
        int pending = reachable ? migrations.pendingCount() : -1;
        return HealthCheckResponse.named("messaging-database")
                .status(reachable && pending == 0)
                .withData("reachable", reachable)
                .withData("pendingMigrations", pending)
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}

package io.textcenter.messaging.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the database schema up to date before anything uses it. Flyway owns the schema (db/migration, one set of
 * scripts valid on H2 and PostgreSQL); JPA only maps it. Flyway manages its own transactions, hence bean-managed.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** Flyway reports each info() call at INFO; readiness probes call it often, so after start-up only warnings show. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    private Flyway flyway;

    @PostConstruct
    void migrate() {
        flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " (" + applied
                + " migrations applied now)");
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    /** Migrations that exist in the code but not in the database; none once start-up succeeded. */
    public int pendingCount() {
        MigrationInfo[] pending = flyway.info().pending();
        return pending.length;
    }
}

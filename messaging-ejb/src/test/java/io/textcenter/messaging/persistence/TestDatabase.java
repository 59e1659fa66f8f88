package io.textcenter.messaging.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * A database of its own for a component test of the core's queries, without a server: the module's schema made by its
 * Flyway migrations, and the module's persistence unit with local transactions instead of the server's. An H2 database
 * in memory, or with {@code -Dcomponent.database=postgresql} (the build's -Ppostgresql) a schema of its own in the
 * PostgreSQL on loopback, dropped when the test is done: the SQL that locks and skips rows is tried on both.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String POSTGRESQL_USER = "postgres";

    private final EntityManagerFactory factory;
    private final EntityManager entityManager;
    private final Runnable dropSchema;

    private TestDatabase(String driver, String url, String user, String schema, Runnable dropSchema) {
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, "")
                .locations("classpath:db/migration")
                .schemas(schema == null ? new String[0] : new String[] {schema})
                .load();
        flyway.migrate();
        String jdbcUrl = schema == null ? url : url + "?currentSchema=" + schema;
        factory = Persistence.createEntityManagerFactory(
                "messaging",
                Map.of(
                        "jakarta.persistence.transactionType",
                        "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource",
                        "",
                        "jakarta.persistence.jdbc.driver",
                        driver,
                        "jakarta.persistence.jdbc.url",
                        jdbcUrl,
                        "jakarta.persistence.jdbc.user",
                        user,
                        "jakarta.persistence.jdbc.password",
                        ""));
        entityManager = factory.createEntityManager();
        this.dropSchema = dropSchema;
    }

    public static TestDatabase fresh() {
        if ("postgresql".equals(System.getProperty("component.database"))) {
            String schema = "component_" + UUID.randomUUID().toString().replace("-", "");
            return new TestDatabase("org.postgresql.Driver", POSTGRESQL, POSTGRESQL_USER, schema, () -> drop(schema));
        }
        return new TestDatabase(
                "org.h2.Driver",
                "jdbc:h2:mem:component-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa",
                null,
                () -> {});
    }

    /** The entity manager the beans under test read with (a server would give each transaction its own). */
    public EntityManager entityManager() {
        return entityManager;
    }

    /** Runs the work in a transaction of its own and commits it; what it wrote is then what the beans read. */
    public void write(Consumer<EntityManager> work) {
        entityManager.getTransaction().begin();
        work.accept(entityManager);
        entityManager.getTransaction().commit();
        entityManager.clear();
    }

    /** A two-way line sending {@code messagesPerSecond}, as its settings would store it. */
    public void addLine(long id, String phoneNumber, double messagesPerSecond) {
        write(em -> em.createNativeQuery(
                        "INSERT INTO sender_line (id, version, description, phone_number, kind, active, messages_per_second)"
                                + " VALUES (?1, 1, 'Service', ?2, 'TWO_WAY', TRUE, ?3)")
                .setParameter(1, id)
                .setParameter(2, phoneNumber)
                .setParameter(3, messagesPerSecond)
                .executeUpdate());
    }

    @Override
    public void close() {
        entityManager.close();
        factory.close();
        dropSchema.run();
    }

    private static void drop(String schema) {
        try (Connection connection = DriverManager.getConnection(POSTGRESQL, POSTGRESQL_USER, "")) {
            connection.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test's schema " + schema, e);
        }
    }
}

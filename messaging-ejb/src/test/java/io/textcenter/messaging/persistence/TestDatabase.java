package io.textcenter.messaging.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * A database of its own for a component test of the core's queries, without a server: an H2 database in memory, the
 * module's schema made by its Flyway migrations, and the module's persistence unit with local transactions instead of
 * the server's.
 */
public final class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final EntityManager entityManager;

    private TestDatabase(String url) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        factory = Persistence.createEntityManagerFactory(
                "messaging",
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", ""));
        entityManager = factory.createEntityManager();
    }

    public static TestDatabase fresh() {
        return new TestDatabase("jdbc:h2:mem:component-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
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

    @Override
    public void close() {
        entityManager.close();
        factory.close();
    }
}

package io.textcenter.messaging.web.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Test-only (added to the deployed WAR by InboxIT): counts the SQL statements EclipseLink executes for HTTP requests
 * (threads of Payara's HTTP pool), leaving out the outbox's background sweeps.
 */
@Path("test-sql")
@ApplicationScoped
public class SqlStatementCounter {

    private final AtomicLong statements = new AtomicLong();
    private volatile boolean listening;

    @PersistenceUnit(unitName = "messaging")
    EntityManagerFactory emf;

    @POST
    @Path("reset")
    public synchronized void reset() {
        if (!listening) {
            emf.unwrap(JpaEntityManagerFactory.class)
                    .getServerSession()
                    .getEventManager()
                    .addListener(new SessionEventAdapter() {
                        @Override
                        public void preExecuteCall(SessionEvent event) {
                            if (Thread.currentThread().getName().startsWith("http-thread-pool")) {
                                statements.incrementAndGet();
                            }
                        }
                    });
            listening = true;
        }
        statements.set(0);
    }

    @GET
    @Path("count")
    public long count() {
        return statements.get();
    }
}

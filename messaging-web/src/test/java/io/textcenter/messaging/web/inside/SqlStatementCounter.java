package io.textcenter.messaging.web.inside;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Test-only (used by InboxIT): counts the SQL statements EclipseLink executes for HTTP requests that carry the header
 * {@value #COUNTED}, so that the requests of other tests on the same server and the outbox's background work are left
 * out.
 */
@Path("test-sql")
@ApplicationScoped
public class SqlStatementCounter {

    public static final String COUNTED = "X-Count-Statements";

    private final AtomicLong statements = new AtomicLong();
    private volatile boolean listening;

    @PersistenceUnit(unitName = "messaging")
    EntityManagerFactory emf;

    @Inject
    HttpServletRequest request;

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
                            if (forACountedRequest()) {
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

    private boolean forACountedRequest() {
        try {
            return request.getHeader(COUNTED) != null;
        } catch (RuntimeException noRequest) { // a timer's or the outbox's thread
            return false;
        }
    }
}

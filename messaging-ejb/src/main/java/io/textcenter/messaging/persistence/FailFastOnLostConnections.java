package io.textcenter.messaging.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * When a database connection dies, EclipseLink repeats the query up to three times, five seconds apart. The module
 * fails at once instead: the connection pool validates connections and drops dead ones, the caller's transaction rolls
 * back whole, and a webhook must be answered within Twilio's 15 seconds (a 503 that Twilio retries, not a late 200).
 */
public class FailFastOnLostConnections implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}

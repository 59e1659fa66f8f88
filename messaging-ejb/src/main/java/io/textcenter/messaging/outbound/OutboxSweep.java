package io.textcenter.messaging.outbound;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Every two seconds: wakes the dispatcher for lines with messages due (retries whose time came, messages left after
 * a restart) and marks messages whose send outcome was lost in a crash.
 */
@Startup
@Singleton
public class OutboxSweep {

    @Inject
    private OutboxStore store;

    @Inject
    private Dispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "messaging.outbox.unknown-outcome-after")
    Duration unknownOutcomeAfter;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void sweep() {
        store.markUnknownOutcomes(unknownOutcomeAfter);
        store.linesWithDueMessages().forEach(dispatcher::wake);
    }
}

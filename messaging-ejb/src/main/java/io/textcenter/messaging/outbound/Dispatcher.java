package io.textcenter.messaging.outbound;

import io.textcenter.messaging.carrier.CarrierException;
import io.textcenter.messaging.carrier.Carriers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox. On each instance, each line is drained by one worker at a time; lines do not wait for each other.
 * With each message the worker claims the line's next send slot (kept in the database for all instances) and waits for
 * it before calling the carrier, so the line's rate holds for the cluster as a whole. A worker starts when a message is queued (after the commit)
 * and from the periodic sweep (retries that came due, leftovers after a restart, messages queued on other instances).
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Inject
    private Workers workers;

    @Inject
    private OutboxStore store;

    @Inject
    private Carriers carriers;

    private final Map<Long, Boolean> draining = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        wake(queued.lineId());
    }

    /** Makes sure a worker drains this line. */
    public void wake(long lineId) {
        if (draining.putIfAbsent(lineId, Boolean.TRUE) == null) {
            workers.execute(() -> drain(lineId));
        }
    }

    private void drain(long lineId) {
        try {
            Optional<SendJob> claimed;
            while ((claimed = store.claimNext(lineId)).isPresent()) {
                send(claimed.get());
            }
        } catch (RuntimeException broken) {
            LOG.log(Level.SEVERE, "Dispatching line " + lineId + " stopped; the sweep tries again", broken);
        } finally {
            draining.remove(lineId);
        }
    }

    private void send(SendJob job) {
        sleepUntil(job.slot());
        try {
            store.sent(job.messageId(), carriers.forAccount(job.account()).send(job.text()));
        } catch (CarrierException refused) {
            LOG.info(() -> "Message " + job.messageId() + " attempt " + job.attempt() + " refused: " + refused.getMessage());
            store.refused(job, refused);
        }
    }

    private void sleepUntil(Instant slot) {
        Duration wait = Duration.between(clock.instant(), slot);
        if (!wait.isNegative() && !wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("dispatcher interrupted", stopping);
            }
        }
    }
}

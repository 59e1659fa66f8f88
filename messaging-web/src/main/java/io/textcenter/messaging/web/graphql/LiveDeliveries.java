package io.textcenter.messaging.web.graphql;

import io.smallrye.mutiny.Multi;
import io.textcenter.messaging.api.LimitExceededException;
import io.textcenter.messaging.runtime.Workers;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands each subscriber's live updates to its websocket on the delivery threads, so that no subscriber holds one for
 * long: a send still under way after {@code messaging.live.send-timeout} (a client that stopped reading) is
 * interrupted, and that subscription ends; its client subscribes again once it reads. An employee holds at most
 * {@code messaging.live.subscriptions-per-user} subscriptions on this instance at once.
 */
@ApplicationScoped
public class LiveDeliveries {

    @Inject
    Workers workers;

    @Inject
    @ConfigProperty(name = "messaging.live.send-timeout")
    Duration sendTimeout;

    @Inject
    @ConfigProperty(name = "messaging.live.subscriptions-per-user")
    int subscriptionsPerUser;

    private final Map<String, Integer> subscriptions = new ConcurrentHashMap<>();
    private final Set<Delivery> underWay = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void watchSends() {
        Duration check = sendTimeout.dividedBy(4);
        workers.liveUpdateEvery(check.isZero() ? sendTimeout : check, this::interruptStalledSends);
    }

    /**
     * The updates, delivered to the employee's subscriber as described above; refused ({@code limit-exceeded}) when the
     * employee holds as many subscriptions as allowed.
     */
    public <T> Multi<T> to(String loginId, Multi<T> updates) {
        if (subscriptions.merge(loginId, 1, Integer::sum) > subscriptionsPerUser) {
            release(loginId);
            throw new LimitExceededException("at most " + subscriptionsPerUser
                    + " live subscriptions per employee are open at once;" + " close another tab or connection first");
        }
        AtomicBoolean stalled = new AtomicBoolean();
        return updates.emitOn(task -> workers.deliverLive(() -> deliver(task, stalled)))
                .select()
                .first(update -> !stalled.get())
                .onTermination()
                .invoke(() -> release(loginId));
    }

    private void release(String loginId) {
        subscriptions.computeIfPresent(loginId, (login, count) -> count == 1 ? null : count - 1);
    }

    private void deliver(Runnable send, AtomicBoolean stalled) {
        Delivery delivery = new Delivery(Thread.currentThread(), stalled, System.nanoTime());
        underWay.add(delivery);
        try {
            send.run();
        } finally {
            underWay.remove(delivery);
            delivery.finish();
        }
    }

    /** Interrupts each send under way for longer than the timeout, and again after each further timeout. */
    void interruptStalledSends() {
        long now = System.nanoTime();
        for (Delivery delivery : underWay) {
            delivery.interruptIfStartedBefore(now - sendTimeout.toNanos(), now);
        }
    }

    /** One turn of a delivery thread for one subscriber; interrupted only while it runs. */
    private static final class Delivery {
        private final Thread thread;
        private final AtomicBoolean subscriberStalled;
        private long since;
        private boolean finished;

        Delivery(Thread thread, AtomicBoolean subscriberStalled, long since) {
            this.thread = thread;
            this.subscriberStalled = subscriberStalled;
            this.since = since;
        }

        synchronized void interruptIfStartedBefore(long deadline, long now) {
            if (!finished && since - deadline < 0) {
                subscriberStalled.set(true);
                since = now;
                thread.interrupt();
            }
        }

        /** After this, no interrupt comes; one that came as the send ended is cleared, not left for the next task. */
        synchronized void finish() {
            finished = true;
            Thread.interrupted();
        }
    }
}

package io.textcenter.messaging.web.graphql;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.textcenter.messaging.api.LimitExceededException;
import io.textcenter.messaging.runtime.Workers;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveDeliveriesTest {

    private static final Duration SEND_TIMEOUT = Duration.ofMillis(200);

    private final ExecutorService deliveryThreads = Executors.newFixedThreadPool(4);
    private final LiveDeliveries deliveries = new LiveDeliveries();
    private final BroadcastProcessor<String> updates = BroadcastProcessor.create();

    @BeforeEach
    void wire() {
        deliveries.workers = new Workers() {
            @Override
            public void deliverLive(Runnable task) {
                deliveryThreads.execute(task);
            }

            @Override
            public void liveUpdateEvery(Duration period, Runnable task) {
                // the test checks for stalled sends itself
            }
        };
        deliveries.sendTimeout = SEND_TIMEOUT;
        deliveries.subscriptionsPerUser = 2;
        deliveries.watchSends();
    }

    @AfterEach
    void stop() {
        deliveryThreads.shutdownNow();
    }

    @Test
    void aSubscriberWhoseConnectionStallsIsCutOffWhileTheOthersKeepReceiving() {
        StalledConnection stalled = new StalledConnection();
        deliveries.to("stan", Multi.createFrom().publisher(updates)).subscribe().withSubscriber(stalled);
        AssertSubscriber<String> reading = deliveries
                .to("rita", Multi.createFrom().publisher(updates))
                .subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        updates.onNext("first");
        await().atMost(Duration.ofSeconds(5)).until(() -> stalled.sending.get());
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    deliveries.interruptStalledSends();
                    return stalled.interrupted.get();
                });
        updates.onNext("second");

        await().atMost(Duration.ofSeconds(5)).until(() -> stalled.ended.get());
        reading.awaitItems(2).assertItems("first", "second").assertNotTerminated();
        assertEquals(1, stalled.received.get(), "the stalled subscriber got nothing after its send was broken off");
    }

    @Test
    void anEmployeeHoldsAtMostTheAllowedSubscriptionsAndGetsOneBackWhenOneEnds() {
        AssertSubscriber<String> first = subscribe("tabby");
        subscribe("tabby");
        LimitExceededException refused = assertThrows(LimitExceededException.class, () -> subscribe("tabby"));
        assertTrue(refused.getMessage().contains("at most 2"), refused::getMessage);
        subscribe("colleague");

        first.cancel();
        subscribe("tabby").assertSubscribed();
    }

    private AssertSubscriber<String> subscribe(String loginId) {
        return deliveries
                .to(loginId, Multi.createFrom().publisher(updates))
                .subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    /** A websocket whose client stopped reading: its first send blocks until interrupted, as a full socket does. */
    private static final class StalledConnection implements Flow.Subscriber<String> {
        final AtomicBoolean sending = new AtomicBoolean();
        final AtomicBoolean interrupted = new AtomicBoolean();
        final AtomicBoolean ended = new AtomicBoolean();
        final AtomicInteger received = new AtomicInteger();

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String update) {
            received.incrementAndGet();
            sending.set(true);
            try {
                Thread.sleep(Duration.ofMinutes(10).toMillis());
            } catch (InterruptedException brokenOff) {
                interrupted.set(true);
            }
        }

        @Override
        public void onError(Throwable failure) {
            ended.set(true);
        }

        @Override
        public void onComplete() {
            ended.set(true);
        }
    }
}

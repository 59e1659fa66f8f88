package io.textcenter.messaging.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

class OutboxMetricsTest {

    /** Payara's registry cannot make two timers at once; it takes long enough here for two threads to meet in it. */
    private static final class SlowRegistry {
        final AtomicInteger makingNow = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger made = new AtomicInteger();

        MetricRegistry proxy() {
            return (MetricRegistry) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {MetricRegistry.class}, (registry, method, args) -> {
                        if (!method.getName().equals("timer")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        mostAtOnce.accumulateAndGet(makingNow.incrementAndGet(), Math::max);
                        Thread.sleep(200);
                        makingNow.decrementAndGet();
                        made.incrementAndGet();
                        return noTimer();
                    });
        }

        private static Timer noTimer() {
            return (Timer) Proxy.newProxyInstance(
                    Timer.class.getClassLoader(), new Class<?>[] {Timer.class}, (timer, method, args) -> null);
        }
    }

    @Test
    void theFirstSendsOfTwoLinesAtOnceMakeTheirTimersOneAfterTheOther() throws Exception {
        SlowRegistry registry = new SlowRegistry();
        OutboxMetrics metrics = new OutboxMetrics();
        metrics.registry = registry.proxy();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = senders.submit(() -> sendAfter(start, metrics, 1));
            Future<?> second = senders.submit(() -> sendAfter(start, metrics, 2));
            start.countDown();
            first.get();
            second.get();
        } finally {
            senders.shutdown();
        }
        metrics.carrierCall(1, Duration.ofMillis(5));

        assertEquals(1, registry.mostAtOnce.get(), "timers made at once");
        assertEquals(2, registry.made.get(), "one timer per line");
    }

    private static Void sendAfter(CountDownLatch start, OutboxMetrics metrics, long line) throws InterruptedException {
        start.await();
        metrics.carrierCall(line, Duration.ofMillis(5));
        return null;
    }
}

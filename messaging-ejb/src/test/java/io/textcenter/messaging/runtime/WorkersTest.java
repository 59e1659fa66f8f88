package io.textcenter.messaging.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkersTest {

    /** Plain threads where the server would give managed ones. */
    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        }
    }

    private final Workers workers = new Workers();
    private final CountDownLatch linesDone = new CountDownLatch(1);

    WorkersTest() {
        workers.threads = new PlainThreads();
        workers.size = 2;
        workers.parallelSends = 1;
        workers.deliveryThreads = 1;
        workers.start();
    }

    @AfterEach
    void stop() {
        linesDone.countDown();
        workers.stop();
    }

    @Test
    void liveUpdatesReachSubscribersWhileEveryWorkerDrainsALine() throws InterruptedException {
        CountDownLatch draining = new CountDownLatch(workers.size);
        for (int line = 0; line < workers.size; line++) {
            workers.execute(() -> {
                draining.countDown();
                awaitQuietly(linesDone);
            });
        }
        assertTrue(draining.await(5, TimeUnit.SECONDS), "every worker drains a line");

        CountDownLatch delivered = new CountDownLatch(1);
        workers.deliverLive(delivered::countDown);

        assertTrue(delivered.await(5, TimeUnit.SECONDS), "the live update waited for the lines");
    }

    @Test
    void aSendHandedOverLaterRunsOnASenderOnceItsDelayHasPassedAndAnswersItsOutcome() throws Exception {
        long handedOver = System.nanoTime();

        CompletableFuture<Long> ranAfter =
                workers.sendAfter(Duration.ofMillis(50), () -> System.nanoTime() - handedOver);

        assertTrue(ranAfter.get(5, TimeUnit.SECONDS) >= Duration.ofMillis(50).toNanos(), "it waited for its delay");
    }

    @Test
    void aSendThatBreaksAnswersWhatBrokeIt() {
        CompletableFuture<Object> broken = workers.sendAfter(Duration.ZERO, () -> {
            throw new IllegalStateException("carrier gone");
        });

        ExecutionException failure = assertThrows(ExecutionException.class, () -> broken.get(5, TimeUnit.SECONDS));
        assertEquals("carrier gone", failure.getCause().getMessage());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}

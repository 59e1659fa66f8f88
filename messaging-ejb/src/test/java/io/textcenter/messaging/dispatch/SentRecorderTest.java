package io.textcenter.messaging.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.runtime.Workers;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SentRecorderTest {

    /** Keeps what it was asked to write; the first write waits until it is let go. */
    private static final class RecordingStore extends OutboxSettlement {
        final List<List<Long>> writes = new CopyOnWriteArrayList<>();
        final Set<Long> committed = ConcurrentHashMap.newKeySet();
        final CountDownLatch firstWriteStarted = new CountDownLatch(1);
        final CountDownLatch letFirstWriteEnd = new CountDownLatch(1);
        long refusedId = -1;

        @Override
        public void sent(List<TakenByCarrier> taken) {
            boolean first = writes.isEmpty();
            writes.add(taken.stream().map(TakenByCarrier::messageId).sorted().toList());
            if (first) {
                firstWriteStarted.countDown();
                await(letFirstWriteEnd);
            }
            if (taken.stream().anyMatch(one -> one.messageId() == refusedId)) {
                throw new IllegalStateException("settled meanwhile");
            }
            taken.forEach(one -> committed.add(one.messageId()));
        }
    }

    /** The recording thread, as the server's. */
    private static final class OneRecordingThread extends Workers {
        final ExecutorService thread = Executors.newSingleThreadExecutor();

        @Override
        public void record(Runnable task) {
            thread.execute(task);
        }
    }

    private final RecordingStore store = new RecordingStore();
    private final OneRecordingThread workers = new OneRecordingThread();
    private final SentRecorder recorder = new SentRecorder();

    SentRecorderTest() {
        recorder.settlement = store;
        recorder.workers = workers;
        recorder.gathering = Duration.ZERO;
    }

    @AfterEach
    void stopThread() {
        workers.thread.shutdownNow();
    }

    @Test
    void textsTakenWhileARecordIsWrittenAreWrittenTogetherNextWithoutHoldingUpTheirSenders() throws Exception {
        record(1);
        assertTrue(store.firstWriteStarted.await(5, TimeUnit.SECONDS));
        for (long id = 2; id <= 6; id++) {
            record(id); // returns while the first write still runs
        }
        store.letFirstWriteEnd.countDown();
        awaitCommitted(6);

        assertEquals(List.of(List.of(1L), List.of(2L, 3L, 4L, 5L, 6L)), store.writes);
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L), store.committed);
    }

    @Test
    void textsTakenWithinTheGatheringAreWrittenTogether() throws Exception {
        recorder.gathering = Duration.ofSeconds(2);
        store.letFirstWriteEnd.countDown();
        for (long id = 1; id <= 3; id++) {
            record(id);
        }
        awaitCommitted(3);
        assertEquals(List.of(List.of(1L, 2L, 3L)), store.writes);
    }

    @Test
    void aTextOnItsOwnIsWrittenAtOnce() throws Exception {
        store.letFirstWriteEnd.countDown();
        record(7);
        awaitCommitted(1);
        assertEquals(Set.of(7L), store.committed);
    }

    @Test
    void aGroupThatCannotBeWrittenIsWrittenOneTextAtATimeSoOnlyTheBadOneIsLeftOut() throws Exception {
        store.refusedId = 4;
        record(1);
        assertTrue(store.firstWriteStarted.await(5, TimeUnit.SECONDS));
        for (long id = 2; id <= 6; id++) {
            record(id);
        }
        store.letFirstWriteEnd.countDown();
        awaitCommitted(5);

        assertEquals(Set.of(1L, 2L, 3L, 5L, 6L), store.committed);
        assertEquals(List.of(4L), store.writes.get(store.writes.size() - 3)); // 2..6 failed, then 2, 3, 4, 5, 6 alone
    }

    private void record(long messageId) {
        recorder.record(new TakenByCarrier(messageId, "SM" + messageId));
    }

    private void awaitCommitted(int count) throws InterruptedException {
        workers.thread.shutdown();
        assertTrue(workers.thread.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(count, store.committed.size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}

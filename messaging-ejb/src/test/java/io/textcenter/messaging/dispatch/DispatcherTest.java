package io.textcenter.messaging.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.carrier.CarrierGateway;
import io.textcenter.messaging.carrier.Carriers;
import io.textcenter.messaging.carrier.LoggedStatus;
import io.textcenter.messaging.carrier.LoggedText;
import io.textcenter.messaging.carrier.OutgoingText;
import io.textcenter.messaging.outbound.NoMetrics;
import io.textcenter.messaging.runtime.Workers;
import io.textcenter.messaging.settings.TwilioCredentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    private static final long LINE = 1;
    /** A 1-per-second line's: a text may go out up to a second after its slot. */
    private static final Duration SPACING = Duration.ofSeconds(1);

    /** A claim of each batch given, in turn, then nothing due; keeps what is given back. */
    private static final class Batches extends OutboxClaims {
        final Queue<List<SendJob>> due = new ConcurrentLinkedQueue<>();
        final List<List<Long>> givenBack = new CopyOnWriteArrayList<>();
        final List<Double> claimedAtPace = new CopyOnWriteArrayList<>();
        Runnable afterEachClaim = () -> {};

        @Override
        public List<SendJob> claimDue(long lineId, double sendersPerSecond) {
            claimedAtPace.add(sendersPerSecond);
            afterEachClaim.run();
            List<SendJob> batch = due.poll();
            return batch == null ? List.of() : batch;
        }

        @Override
        public void putBack(List<SendJob> jobs) {
            givenBack.add(jobs.stream().map(SendJob::messageId).sorted().toList());
        }
    }

    /** A carrier that takes every text, and the order it took them in. */
    private static final class TakingCarrier extends Carriers {
        final List<String> bodies = new CopyOnWriteArrayList<>();

        @Override
        public synchronized Optional<CarrierGateway> forAccount(Optional<TwilioCredentials> credentials) {
            return Optional.of(new CarrierGateway() {
                @Override
                public String send(OutgoingText text) {
                    bodies.add(text.body());
                    return "SM" + bodies.size();
                }

                @Override
                public List<String> findTaken(OutgoingText text, Instant since) {
                    return List.of();
                }

                @Override
                public List<LoggedText> receivedSince(String number, Instant since) {
                    return List.of();
                }

                @Override
                public Optional<LoggedStatus> statusOf(String carrierSid) {
                    return Optional.empty();
                }
            });
        }
    }

    /** Runs everything on the test's thread, one send after another. */
    private static final class InlineWorkers extends Workers {
        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public <T> CompletableFuture<T> sendAfter(Duration delay, Supplier<T> send) {
            return CompletableFuture.completedFuture(send.get());
        }
    }

    /** Drains on a thread of its own, and keeps every send until the test lets it go. */
    private static final class HeldSends extends Workers {
        final Queue<Runnable> held = new ConcurrentLinkedQueue<>();
        Thread drain;

        @Override
        public void execute(Runnable task) {
            drain = new Thread(task);
            drain.start();
        }

        @Override
        public <T> CompletableFuture<T> sendAfter(Duration delay, Supplier<T> send) {
            CompletableFuture<T> outcome = new CompletableFuture<>();
            held.add(() -> outcome.complete(send.get()));
            return outcome;
        }

        /** Lets the sends go, in the order they were handed over, once this many were. */
        void letGoOnce(int handedOver) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (held.size() < handedOver && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertEquals(handedOver, held.size(), "sends handed over");
            held.forEach(Runnable::run);
        }
    }

    private static final class KeptRecords extends SentRecorder {
        final List<Long> recorded = new CopyOnWriteArrayList<>();

        @Override
        void record(TakenByCarrier taken) {
            recorded.add(taken.messageId());
        }
    }

    /** What the dispatcher's clock says throughout: a slot is due or late against it, never against the wall clock. */
    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    private final Batches claims = new Batches();
    private final TakingCarrier carrier = new TakingCarrier();
    private final KeptRecords records = new KeptRecords();
    private final Dispatcher dispatcher = new Dispatcher();
    private final Map<Long, Integer> missedSlots = new HashMap<>();

    DispatcherTest() {
        dispatcher.claims = claims;
        dispatcher.carriers = carrier;
        dispatcher.sentRecorder = records;
        dispatcher.metrics = new NoMetrics() {
            @Override
            public void missedSlots(long lineId, int texts) {
                missedSlots.merge(lineId, texts, Integer::sum);
            }
        };
        dispatcher.workers = new InlineWorkers();
        dispatcher.unknownOutcomeAfter = Duration.ofMinutes(2);
        dispatcher.responseTimeout = Duration.ofSeconds(30);
        dispatcher.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        dispatcher.checkTimes();
    }

    @Test
    void aTextThatMissedItsSlotGoesBackWithTheLaterTextsToItsNumberAndTheOthersGoOut() {
        claims.due.add(List.of(
                job(1, "+12015550177", "first", NOW.minusSeconds(5)), // later than a slot's spacing: misses its slot
                job(2, "+12015550188", "to someone else", NOW),
                job(3, "+12015550177", "second", NOW)));

        dispatcher.wake(LINE);

        assertEquals(List.of("to someone else"), carrier.bodies);
        assertEquals(List.of(2L), records.recorded);
        assertEquals(List.of(List.of(1L, 3L)), claims.givenBack, "given back together, the second after the first");
        assertEquals(Map.of(LINE, 2), missedSlots, "operators see both texts that went back for a later slot");
    }

    @Test
    void textsOnTimeGoOutInTheirOrderAndNothingGoesBack() {
        claims.due.add(
                List.of(job(1, "+12015550177", "first", NOW), job(2, "+12015550177", "second", NOW.plusMillis(5))));

        dispatcher.wake(LINE);

        assertEquals(List.of("first", "second"), carrier.bodies);
        assertEquals(List.of(), claims.givenBack);
        assertEquals(Map.of(), missedSlots);
    }

    @Test
    void aTextTheCarrierTookIsRecordedEvenWhenItsMeasurementFails() {
        dispatcher.metrics = new NoMetrics() {
            @Override
            public void carrierCall(long lineId, Duration took) {
                throw new IllegalStateException("the metrics registry broke");
            }
        };
        claims.due.add(List.of(job(1, "+12015550177", "first", NOW)));

        dispatcher.wake(LINE);

        assertEquals(List.of("first"), carrier.bodies);
        assertEquals(List.of(1L), records.recorded);
    }

    @Test
    void aTextDoesNotOvertakeAnEarlierTextToItsNumberThatIsStillWithTheCarrier() throws InterruptedException {
        HeldSends held = new HeldSends();
        dispatcher.workers = held;
        claims.due.add(List.of(job(1, "+12015550177", "first", NOW)));
        claims.due.add(List.of(job(2, "+12015550177", "second", NOW), job(3, "+12015550188", "to someone else", NOW)));

        dispatcher.wake(LINE);
        held.letGoOnce(2);
        held.drain.join(5000);

        assertFalse(held.drain.isAlive(), "the line was drained");
        assertEquals(
                List.of("first", "to someone else"),
                carrier.bodies.stream().sorted().toList());
        assertEquals(
                List.of(List.of(2L)), claims.givenBack, "the second goes back to the outbox, to go after the first");
    }

    @Test
    void theSandboxMovingItsClockOnADayDoesNotSlowTheLineToATextADay() {
        MovableClock sandbox = new MovableClock();
        dispatcher.clock = sandbox;
        claims.due.add(List.of(job(1, "+12015550177", "first", NOW)));
        claims.due.add(List.of(job(2, "+12015550177", "again", NOW.plus(Duration.ofDays(1)))));
        claims.afterEachClaim = () -> sandbox.now = NOW.plus(Duration.ofDays(1)); // moved once, after the first claim

        dispatcher.wake(LINE);

        assertEquals(List.of(List.of(1L)), claims.givenBack, "the first text missed its slot when the clock moved");
        assertTrue(
                claims.claimedAtPace.get(1) > 1,
                "the next claim's pace is " + claims.claimedAtPace.get(1) + " a second");
    }

    /** The sandbox's clock, which moves forward when told to. */
    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static SendJob job(long messageId, String to, String body, Instant slot) {
        return new SendJob(
                messageId,
                LINE,
                1,
                slot,
                SPACING,
                new OutgoingText("+12015550100", to, body, List.of(), null),
                Optional.empty());
    }
}

package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.carrier.CarrierException;
import io.textcenter.messaging.carrier.CarrierGateway;
import io.textcenter.messaging.carrier.Carriers;
import io.textcenter.messaging.outbound.MessageQueued;
import io.textcenter.messaging.outbound.OutboxMetrics;
import io.textcenter.messaging.runtime.Workers;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox. On each instance, each line is drained by one worker at a time; lines do not wait for each other.
 * The worker claims a batch of due messages together with as many of the line's send slots (kept in the database for
 * all instances), and each text is handed to a sender at its slot, so the line's rate holds for the cluster as a whole.
 * The texts of a batch go out side by side, those to one number in order. The worker claims the next batch shortly
 * before the current one's first slot, while it goes out and its carrier calls are under way, so a line never idles
 * for a claim or for the carrier's answers. A worker starts when a message is queued (after the commit) and from the
 * periodic sweep (retries that came due, leftovers after a restart, messages queued on other instances).
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final Duration MIN_LATENESS = Duration.ofMillis(10);
    /**
     * A text is handed to a sender this long before its slot, and the sender waits for the slot itself: on a busy
     * machine a thread that is handed work can take several milliseconds to run, and a text more than 10 ms late for
     * its slot on a fast line goes back to the outbox.
     */
    private static final Duration HAND_OVER_AHEAD = Duration.ofMillis(50);
    /**
     * The next batch is claimed this long before the current batch's first slot, so that its slots follow on: a claim
     * that ends after the current batch's last slot leaves the line idle until its own first slot, and on a busy
     * server (a bulk send's job queueing beside the senders) claims took up to 700 ms. A fast line's batch spans a
     * quarter of a second, so its next claim has half a second; a slow line's batch is one text, claimed a quarter of
     * a second before the one before it goes out, so a stopped send has at most one more text claimed.
     */
    private static final Duration NEXT_CLAIM_LEAD = Duration.ofMillis(250);

    @Inject
    Workers workers;

    @Inject
    OutboxClaims claims;

    @Inject
    OutboxSettlement settlement;

    @Inject
    Carriers carriers;

    @Inject
    SentRecorder sentRecorder;

    @Inject
    OutboxMetrics metrics;

    @Inject
    @ConfigProperty(name = "messaging.outbox.unknown-outcome-after")
    Duration unknownOutcomeAfter;

    @Inject
    @ConfigProperty(name = "messaging.twilio.response-timeout")
    Duration responseTimeout;

    /**
     * How late after its slot a text may be handed to the carrier at the most. The outbox sweep settles a text that is
     * still SENDING {@code unknownOutcomeAfter} after its slot by reading the carrier's log, so every call must have
     * ended by then: a call starts at most this late and lasts at most the response timeout, with as much again to spare.
     */
    private Duration maxLateness;

    private final Map<Long, Boolean> draining = new ConcurrentHashMap<>();
    private final Map<Long, SenderPace> paces = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @PostConstruct
    void checkTimes() {
        if (unknownOutcomeAfter.compareTo(responseTimeout) <= 0) {
            throw new IllegalStateException("messaging.outbox.unknown-outcome-after (" + unknownOutcomeAfter
                    + ") must be longer than messaging.twilio.response-timeout (" + responseTimeout + ")");
        }
        maxLateness = unknownOutcomeAfter.minus(responseTimeout).dividedBy(2);
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        wake(queued.lineId());
    }

    /** Makes sure a worker drains this line. */
    public void wake(long lineId) {
        if (draining.putIfAbsent(lineId, Boolean.TRUE) == null) {
            workers.execute(() -> drain(lineId));
        }
    }

    /**
     * Claims and hands over batch after batch until nothing is due and every send has ended, then claims once more:
     * texts that missed their slots are back in the outbox by then.
     */
    private void drain(long lineId) {
        SenderPace pace = paces.computeIfAbsent(lineId, line -> new SenderPace());
        SendsInFlight inFlight = new SendsInFlight();
        try {
            while (true) {
                Set<String> busy = inFlight.recipients();
                List<SendJob> batch = claims.claimDue(lineId, pace.perSecond());
                if (batch.isEmpty()) {
                    if (inFlight.awaitAll()) {
                        continue;
                    }
                    return;
                }
                inFlight.add(batch.stream().map(job -> job.text().to()).toList(), handOver(batch, busy, pace));
                sleepUntil(firstSlot(batch).minus(NEXT_CLAIM_LEAD));
            }
        } catch (RuntimeException broken) {
            LOG.log(Level.SEVERE, "Dispatching line " + lineId + " stopped; the sweep tries again", broken);
        } finally {
            draining.remove(lineId);
        }
    }

    /**
     * Texts to different numbers go side by side; the texts of one number go one after the other, in their order. A
     * text to a number that an earlier batch still texts ({@code busy}) is not sent: it goes back to the outbox, with
     * the batch's other texts to that number, rather than overtake the earlier one. A text that missed its slot goes
     * back with the texts to its number after it (so they stay in order), all those of the batch together once it has
     * ended: a sender that is behind goes on to its next text at once rather than falling further behind with a
     * transaction per text. The pace learns how many texts went back and how long the senders took to get to the last
     * one against the batch's slots. Answers the batch's end.
     */
    private CompletableFuture<Void> handOver(List<SendJob> batch, Set<String> busy, SenderPace pace) {
        Instant firstSlot = firstSlot(batch);
        Queue<SendJob> missed = new ConcurrentLinkedQueue<>();
        List<SendJob> overtaking = new ArrayList<>();
        // the pace learns from elapsed time from the first slot, or from now when it has passed, not from the module's
        // clock, which the sandbox may move meanwhile: a batch across a move of a day would pace the line to a text a
        // day
        long firstSlotNanos = System.nanoTime()
                + Math.max(0, Duration.between(clock.instant(), firstSlot).toNanos());
        AtomicLong lastHandOverNanos = new AtomicLong(firstSlotNanos);
        Map<String, List<SendJob>> byRecipient = batch.stream()
                .collect(Collectors.groupingBy(job -> job.text().to(), LinkedHashMap::new, Collectors.toList()));
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (Map.Entry<String, List<SendJob>> recipient : byRecipient.entrySet()) {
            List<SendJob> texts = recipient.getValue();
            if (busy.contains(recipient.getKey())) {
                overtaking.addAll(texts);
                continue;
            }
            sends.add(workers.sendAfter(
                    Duration.between(clock.instant(), texts.get(0).slot()), () -> {
                        sendInOrder(texts, missed, lastHandOverNanos);
                        return null;
                    }));
        }
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).handle((ended, broken) -> {
            if (broken != null) {
                LOG.log(Level.SEVERE, "A send broke off; its text is settled by the outbox sweep", broken);
            }
            List<SendJob> back = new ArrayList<>(missed);
            if (!missed.isEmpty()) {
                metrics.missedSlots(batch.get(0).lineId(), missed.size());
            }
            back.addAll(overtaking);
            try {
                if (!back.isEmpty()) {
                    claims.putBack(back);
                }
            } catch (RuntimeException unwritten) {
                LOG.log(
                        Level.WARNING,
                        "Texts that were not sent stay claimed; the outbox sweep settles them",
                        unwritten);
            }
            pace.batchDone(
                    batch.size() - overtaking.size(),
                    missed.size(),
                    Duration.between(firstSlot, lastSlot(batch)),
                    Duration.ofNanos(lastHandOverNanos.get() - firstSlotNanos));
            return null;
        });
    }

    private static Instant firstSlot(List<SendJob> batch) {
        return batch.stream().map(SendJob::slot).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant lastSlot(List<SendJob> batch) {
        return batch.stream().map(SendJob::slot).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Sends the texts to one number one after the other, each at its slot; one that missed it stops the rest. */
    private void sendInOrder(List<SendJob> texts, Queue<SendJob> missed, AtomicLong lastHandOverNanos) {
        for (int next = 0; next < texts.size(); next++) {
            SendJob job = texts.get(next);
            sleepUntil(job.slot());
            Instant handOver = clock.instant();
            lastHandOverNanos.accumulateAndGet(System.nanoTime(), Math::max);
            if (!sendInTime(job, handOver)) {
                missed.addAll(texts.subList(next, texts.size()));
                return;
            }
        }
    }

    /**
     * Sends the text unless {@code now} is too late for its slot, or the carrier went away since the claim (the text
     * goes back to the outbox either way); whether it did.
     */
    private boolean sendInTime(SendJob job, Instant now) {
        if (now.isAfter(job.slot().plus(allowedLateness(job)))) {
            LOG.fine(() ->
                    "Message " + job.messageId() + " missed its send slot; it goes back to the outbox for another");
            return false;
        }
        Optional<CarrierGateway> carrier = carriers.forAccount(job.account());
        if (carrier.isEmpty()) {
            return false;
        }
        // how long the call took is elapsed time, not the module's clock, which the sandbox may move meanwhile
        long calledAt = System.nanoTime();
        // the carrier's answer is recorded before it is measured, so that no failure of the metrics stands between them
        try {
            String sid = carrier.get().send(job.text());
            Duration took = Duration.ofNanos(System.nanoTime() - calledAt);
            sentRecorder.record(new TakenByCarrier(job.messageId(), sid));
            metrics.carrierCall(job.lineId(), took);
        } catch (CarrierException refused) {
            Duration took = Duration.ofNanos(System.nanoTime() - calledAt);
            LOG.info(() ->
                    "Message " + job.messageId() + " attempt " + job.attempt() + " refused: " + refused.getMessage());
            settlement.refused(job, refused);
            metrics.carrierCall(job.lineId(), took);
        }
        return true;
    }

    /**
     * A text sent later than its slot would crowd the texts after it: within a second the line could carry more than its
     * rate. It may be late by about one slot's spacing (at least a few milliseconds, for fast lines), and never so late
     * that its call could still run when the sweep settles it.
     */
    private Duration allowedLateness(SendJob job) {
        Duration spacing = job.spacing().compareTo(MIN_LATENESS) < 0 ? MIN_LATENESS : job.spacing();
        return spacing.compareTo(maxLateness) < 0 ? spacing : maxLateness;
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

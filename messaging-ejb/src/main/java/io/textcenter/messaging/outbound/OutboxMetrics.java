package io.textcenter.messaging.outbound;

import io.textcenter.messaging.persistence.RecentReads;
import io.textcenter.messaging.settings.SenderLinesChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * What the outbox tells operators at /metrics (MicroProfile Metrics): per line, the texts waiting and the age of the
 * oldest due one (read from the database, at most once a second), sends by outcome and the carrier's call latency;
 * and the status reports applied and still waiting for their texts. Lines are tagged with their id.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    @Inject
    MetricRegistry registry;

    @Inject
    OutboxBacklog backlog;

    @Inject
    Clock clock;

    private final Set<Long> linesWithGauges = ConcurrentHashMap.newKeySet();
    /** Each line's timer, looked up once: every send updates it, and a lookup builds the metric's metadata anew. */
    private final Map<Long, Timer> carrierCalls = new ConcurrentHashMap<>();
    /** The backlog as read at most a second ago: a scrape reads it once for all the gauges. */
    private final RecentReads<Boolean, OutboxBacklog.Snapshot> backlogs = new RecentReads<>(FRESH_FOR, any -> read());

    /** Registers the gauges of the lines known now; lines added later get theirs at the next reading. */
    public void registerGauges() {
        registry.gauge(
                Metadata.builder()
                        .withName("outbox_delivery_reports_waiting")
                        .withDescription("Status reports kept until their texts' records land")
                        .build(),
                this,
                metrics -> metrics.current().reportsWaiting());
        current();
    }

    /** A line saved on this instance has its gauges at once; one saved on another instance, at the next reading. */
    void lineSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) SenderLinesChanged saved) {
        backlogs.forgetAll();
        current();
    }

    private OutboxBacklog.Snapshot current() {
        return backlogs.get(Boolean.TRUE).orElseThrow();
    }

    /** Reads the backlog; gauges of lines seen for the first time are registered on the way. */
    private OutboxBacklog.Snapshot read() {
        OutboxBacklog.Snapshot snapshot = backlog.read();
        snapshot.lineIds().stream().filter(linesWithGauges::add).forEach(this::registerLineGauges);
        return snapshot;
    }

    private void registerLineGauges(long lineId) {
        Tag line = line(lineId);
        registry.gauge(
                Metadata.builder()
                        .withName("outbox_queued_texts")
                        .withDescription("Texts waiting in the outbox (QUEUED)")
                        .build(),
                this,
                metrics -> metrics.current().queued().getOrDefault(lineId, 0L),
                line);
        registry.gauge(
                Metadata.builder()
                        .withName("outbox_oldest_due_age")
                        .withUnit(MetricUnits.SECONDS)
                        .withDescription("How long the line's oldest due text has been due; 0 when none is")
                        .build(),
                this,
                metrics -> metrics.current().oldestDueAge(lineId, metrics.clock.instant()),
                line);
    }

    public void sent(long lineId) {
        sends(lineId, "sent", null);
    }

    public void retried(long lineId, String reason) {
        sends(lineId, "retried", reason);
    }

    public void failed(long lineId, String code) {
        sends(lineId, "failed", code);
    }

    public void skipped(long lineId, String reason) {
        sends(lineId, "skipped", reason);
    }

    public void carrierCall(long lineId, Duration took) {
        Timer timer = carrierCalls.get(lineId);
        (timer == null ? carrierCallTimer(lineId) : timer).update(took);
    }

    /**
     * Made one at a time: Payara's registry reads a new timer's settings into a map that two threads filling at once
     * break (ConcurrentModificationException), and that broke off sends the carrier had taken.
     */
    private synchronized Timer carrierCallTimer(long lineId) {
        return carrierCalls.computeIfAbsent(
                lineId,
                line -> registry.timer(
                        Metadata.builder()
                                .withName("outbox_carrier_call")
                                .withUnit(MetricUnits.NANOSECONDS)
                                .withDescription("Carrier API calls that send a text")
                                .build(),
                        line(line)));
    }

    /** Texts that missed their send slots: back in the outbox, sent later, because the line could not keep its pace. */
    public void missedSlots(long lineId, int texts) {
        registry.counter(
                        Metadata.builder()
                                .withName("outbox_missed_slots")
                                .withDescription("Texts that missed their send slots and went back to the outbox")
                                .build(),
                        line(lineId))
                .inc(texts);
    }

    void reportApplied() {
        registry.counter(Metadata.builder()
                        .withName("outbox_delivery_reports_applied")
                        .withDescription("Carrier status reports applied to their texts")
                        .build())
                .inc();
    }

    private void sends(long lineId, String outcome, String reason) {
        registry.counter(
                        Metadata.builder()
                                .withName("outbox_sends")
                                .withDescription("Outbox sends by outcome")
                                .build(),
                        line(lineId),
                        new Tag("outcome", outcome),
                        new Tag("reason", reason == null || reason.isBlank() ? "none" : reason))
                .inc();
    }

    private static Tag line(long lineId) {
        return new Tag("line", Long.toString(lineId));
    }
}

package io.textcenter.messaging.bulk;

import io.textcenter.messaging.persistence.RecentReads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Tells operators at /metrics how many bulk sends are running and how many of their recipients are still to text. */
@Startup
@Singleton
public class BulkMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final Set<BulkSendStatus> RUNNING =
            EnumSet.of(BulkSendStatus.STARTING, BulkSendStatus.STARTED, BulkSendStatus.STOPPING);

    @Inject
    MetricRegistry metrics;

    @Inject
    BulkSendService sends;

    /** The running sends as read a few seconds ago at the most: a scrape reads the sends' progress once. */
    private final RecentReads<Boolean, List<BulkSendData>> running = new RecentReads<>(
            FRESH_FOR,
            any -> sends.all().stream()
                    .filter(send -> RUNNING.contains(send.status()))
                    .toList());

    @PostConstruct
    void register() {
        metrics.gauge(
                Metadata.builder()
                        .withName("bulk_sends_running")
                        .withDescription("Bulk sends starting, sending or stopping")
                        .build(),
                this,
                gauges -> gauges.running().size());
        metrics.gauge(
                Metadata.builder()
                        .withName("bulk_recipients_left")
                        .withDescription("Recipients of running bulk sends not texted or settled yet")
                        .build(),
                this,
                gauges -> gauges.running().stream()
                        .mapToLong(send -> send.total() - send.sent() - send.skipped() - send.failed())
                        .sum());
    }

    private List<BulkSendData> running() {
        return running.get(Boolean.TRUE).orElseThrow();
    }
}

package io.textcenter.messaging.bulk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Tells operators at /metrics how many bulk sends are running and how many of their recipients are still to text. */
@Startup
@Singleton
public class BulkMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final Set<BulkSendStatus> RUNNING = EnumSet.of(BulkSendStatus.STARTING, BulkSendStatus.STARTED, BulkSendStatus.STOPPING);

    @Inject
    MetricRegistry metrics;

    @Inject
    BulkSendService sends;

    private final Clock clock = Clock.systemUTC();
    private volatile List<BulkSendData> running = List.of();
    private volatile Instant readAt = Instant.MIN;

    @PostConstruct
    void register() {
        metrics.gauge(Metadata.builder().withName("bulk_sends_running").withDescription("Bulk sends starting, sending or stopping").build(),
                this, gauges -> gauges.running().size());
        metrics.gauge(Metadata.builder().withName("bulk_recipients_left").withDescription("Recipients of running bulk sends not texted or settled yet").build(),
                this, gauges -> gauges.running().stream().mapToLong(send -> send.total() - send.sent() - send.skipped() - send.failed()).sum());
    }

    /** The running sends as of a few seconds ago at the most: a scrape reads the sends' progress once. */
    private List<BulkSendData> running() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isBefore(now)) {
            running = sends.all().stream().filter(send -> RUNNING.contains(send.status())).toList();
            readAt = now;
        }
        return running;
    }
}

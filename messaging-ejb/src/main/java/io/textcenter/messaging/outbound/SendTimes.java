package io.textcenter.messaging.outbound;

import java.time.Duration;

/**
 * How long a send takes on this instance lately (the carrier call and recording its outcome), as an exponentially
 * weighted average: the outbox claims no more texts at once than its senders get through before their slots pass.
 */
final class SendTimes {

    private static final double WEIGHT_OF_NEWEST = 0.2;

    private long averageNanos;

    synchronized void record(Duration took) {
        long nanos = Math.max(1, took.toNanos());
        averageNanos = averageNanos == 0 ? nanos : (long) (WEIGHT_OF_NEWEST * nanos + (1 - WEIGHT_OF_NEWEST) * averageNanos);
    }

    /** How many texts {@code senders} side by side send within {@code period}: one each until a send was timed. */
    synchronized int capacity(int senders, Duration period) {
        if (averageNanos == 0) {
            return senders;
        }
        return (int) Math.max(senders, senders * (period.toNanos() / averageNanos));
    }
}

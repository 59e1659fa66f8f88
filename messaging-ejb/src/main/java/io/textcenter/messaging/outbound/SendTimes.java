package io.textcenter.messaging.outbound;

import java.time.Duration;

/**
 * How long a send takes on this instance lately (the carrier call and recording its outcome), as an exponentially
 * weighted average: the outbox takes send slots no faster than its senders get through them, so that texts do not fall
 * behind their slots and go back to the outbox unsent.
 */
final class SendTimes {

    private static final double WEIGHT_OF_NEWEST = 0.2;
    private static final double NANOS_PER_SECOND = 1e9;

    private double averageNanos;

    synchronized void record(Duration took) {
        double nanos = Math.max(1, took.toNanos());
        averageNanos = averageNanos == 0 ? nanos : WEIGHT_OF_NEWEST * nanos + (1 - WEIGHT_OF_NEWEST) * averageNanos;
    }

    /** How many texts per second {@code senders} side by side send; unlimited until a send was timed. */
    synchronized double perSecond(int senders) {
        return averageNanos == 0 ? Double.POSITIVE_INFINITY : senders * NANOS_PER_SECOND / averageNanos;
    }
}

package io.textcenter.messaging.dispatch;

import java.time.Duration;

/**
 * How fast this instance's senders get one line's texts to the carrier on their slots. A text that misses its slot
 * goes back to the outbox unsent, which costs two writes and another claim; this keeps that rare. A batch in which
 * texts missed their slots (slow carrier calls, a busy machine) sets the pace to what the senders managed, less a tenth
 * to spare; every batch that kept its slots raises it by a quarter, so it comes back up to the line's rate.
 */
final class SenderPace {

    private static final double SPARE = 0.9;
    private static final double SPEED_UP = 1.25;
    private static final double NANOS_PER_SECOND = 1e9;

    private double perSecond = Double.POSITIVE_INFINITY;

    /** The most texts a second to take slots for; unlimited until texts missed their slots. */
    synchronized double perSecond() {
        return perSecond;
    }

    /**
     * A batch of {@code texts} was handed to the carrier or given back within {@code span} of its first slot;
     * {@code missed} of them had missed their slots.
     */
    synchronized void batchDone(int texts, int missed, Duration span) {
        if (missed > 0) {
            perSecond = SPARE * texts * NANOS_PER_SECOND / Math.max(1, span.toNanos());
        } else {
            perSecond *= SPEED_UP;
        }
    }
}

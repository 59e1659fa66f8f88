package io.textcenter.messaging.dispatch;

import java.time.Duration;

/**
 * How fast this instance's senders get one line's texts to the carrier on their slots. A text that misses its slot
 * goes back to the outbox unsent, which costs two writes and another claim; this keeps that rare. A batch whose senders
 * fell behind its slots (slow carrier calls, a busy machine) sets the pace to what they managed, less a tenth to spare;
 * every batch that kept its slots raises it by a quarter, so it comes back up to the line's rate. A few texts that
 * missed their slots while the senders kept up with the rest (a thread that woke late) leave the pace as it is: slowing
 * the line for them would cost it more slots than they did.
 */
final class SenderPace {

    private static final double SPARE = 0.9;
    private static final double SPEED_UP = 1.25;
    /** Senders that took a tenth longer than the batch's slots to get to its last text fell behind. */
    private static final double KEPT_UP = 1.1;

    private static final double NANOS_PER_SECOND = 1e9;

    private double perSecond = Double.POSITIVE_INFINITY;

    /** The most texts a second to take slots for; unlimited until the senders fell behind. */
    synchronized double perSecond() {
        return perSecond;
    }

    /**
     * A batch of {@code texts} whose slots spanned {@code slots} (its first to its last) was handed to the carrier or
     * given back within {@code handedOver} of its first slot; {@code missed} of them had missed their slots.
     */
    synchronized void batchDone(int texts, int missed, Duration slots, Duration handedOver) {
        if (missed == 0) {
            perSecond *= SPEED_UP;
        } else if (handedOver.toNanos() > KEPT_UP * slots.toNanos()) {
            perSecond = SPARE * texts * NANOS_PER_SECOND / Math.max(1, handedOver.toNanos());
        }
    }
}

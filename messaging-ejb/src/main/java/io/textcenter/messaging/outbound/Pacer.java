package io.textcenter.messaging.outbound;

import java.time.Duration;
import java.time.Instant;

/**
 * Keeps one line under its rate: sends are spaced at least 1/rate apart, and never bunch up to catch up after a
 * quiet spell. Not thread-safe: one dispatcher worker drains a line at a time.
 */
public final class Pacer {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Instant nextSlot = Instant.MIN;

    /** When the next send may happen at {@code rate} messages per second, and takes that slot. */
    public Instant reserve(Instant now, double messagesPerSecond) {
        Instant slot = now.isAfter(nextSlot) ? now : nextSlot;
        nextSlot = slot.plus(interval(messagesPerSecond));
        return slot;
    }

    static Duration interval(double messagesPerSecond) {
        return Duration.ofNanos((long) Math.ceil(NANOS_PER_SECOND / messagesPerSecond));
    }
}

package io.textcenter.messaging.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Keeps one line under its rate across every instance: the line's next free send slot lives in its database row, and
 * a sender takes a slot while holding that row locked. Sends are spaced at least 1/rate apart and never bunch up to
 * catch up after a quiet spell.
 */
@Entity
@Table(name = "sender_line")
public class LinePace {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final double JITTER_MARGIN = 1.002;

    @Id
    private Long id;

    @Column(name = "next_send_slot")
    private OffsetDateTime nextSendSlot;

    protected LinePace() {
        // for JPA
    }

    LinePace(long lineId) {
        this.id = lineId;
    }

    /** When the next send may happen at {@code messagesPerSecond}, and takes that slot. */
    public Instant reserve(Instant now, double messagesPerSecond) {
        Instant start = now.truncatedTo(ChronoUnit.MICROS);
        Instant next = nextSendSlot == null ? start : nextSendSlot.toInstant();
        Instant slot = start.isAfter(next) ? start : next;
        nextSendSlot = slot.plus(interval(messagesPerSecond)).atOffset(ZoneOffset.UTC);
        return slot;
    }

    static Duration interval(double messagesPerSecond) {
        // whole microseconds, rounded up (the database keeps no finer time, and rounding down would exceed the rate),
        // with a margin: a text that reaches the carrier a few milliseconds early (network jitter) must not make any
        // stretch of texts faster than the rate
        long micros = (long) Math.ceil(NANOS_PER_SECOND / 1000.0 / messagesPerSecond * JITTER_MARGIN);
        return Duration.ofNanos(micros * 1000);
    }
}

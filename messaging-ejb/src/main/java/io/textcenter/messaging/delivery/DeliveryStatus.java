package io.textcenter.messaging.delivery;

/**
 * Where a text stands. Outbound: SCHEDULED (waits for its send time) or QUEUED (in the outbox) → SENDING (handed to the carrier) → SENT (the carrier accepted
 * it) → DELIVERED, or UNDELIVERED / FAILED; SKIPPED never left (e.g. the number opted out). Inbound texts are RECEIVED.
 * Status only moves forward: carrier callbacks arrive out of order, and a late "sent" must not undo "delivered".
 */
public enum DeliveryStatus {
    QUEUED(0),
    SENDING(1),
    SENT(2),
    DELIVERED(3),
    UNDELIVERED(3),
    FAILED(3),
    RECEIVED(3),
    SKIPPED(3),
    SCHEDULED(0);

    private final int rank;

    DeliveryStatus(int rank) {
        this.rank = rank;
    }

    /** Final: nothing that arrives later changes it. */
    public boolean isFinal() {
        return rank == 3;
    }

    /** Whether a report of {@code next} may replace this status. */
    public boolean canMoveTo(DeliveryStatus next) {
        return !isFinal() && next.rank > rank;
    }
}

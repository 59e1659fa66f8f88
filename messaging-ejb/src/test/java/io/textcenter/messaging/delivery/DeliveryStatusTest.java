package io.textcenter.messaging.delivery;

import static io.textcenter.messaging.delivery.DeliveryStatus.DELIVERED;
import static io.textcenter.messaging.delivery.DeliveryStatus.FAILED;
import static io.textcenter.messaging.delivery.DeliveryStatus.QUEUED;
import static io.textcenter.messaging.delivery.DeliveryStatus.SENDING;
import static io.textcenter.messaging.delivery.DeliveryStatus.SENT;
import static io.textcenter.messaging.delivery.DeliveryStatus.UNDELIVERED;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeliveryStatusTest {

    @Test
    void statusMovesForward() {
        assertTrue(QUEUED.canMoveTo(SENDING));
        assertTrue(SENDING.canMoveTo(SENT));
        assertTrue(SENT.canMoveTo(DELIVERED));
        assertTrue(SENT.canMoveTo(UNDELIVERED));
        assertTrue(SENT.canMoveTo(FAILED));
        assertTrue(QUEUED.canMoveTo(DELIVERED), "a callback may overtake our own bookkeeping");
    }

    @Test
    void aLateReportNeverMovesItBack() {
        assertFalse(SENT.canMoveTo(SENDING));
        assertFalse(SENT.canMoveTo(SENT));
        assertFalse(DELIVERED.canMoveTo(SENT));
    }

    @Test
    void finalStatusesStay() {
        assertFalse(DELIVERED.canMoveTo(FAILED));
        assertFalse(UNDELIVERED.canMoveTo(DELIVERED));
        assertFalse(FAILED.canMoveTo(DELIVERED));
    }
}

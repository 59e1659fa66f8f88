package io.textcenter.messaging.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 12, 3, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aClaimGivenBackLeavesTheTextAsItWas() {
        Delivery delivery = Delivery.queued(NOON, Purpose.TRANSACTIONAL, false);
        delivery.waitFor("LINE_BUSY", "the line is busy");

        delivery.claimFor(NOON.plusSeconds(1));
        assertEquals(DeliveryStatus.SENDING, delivery.status());
        assertNull(delivery.errorMessage(), "a claimed text no longer shows why it waited");
        assertEquals(1, delivery.attempts());

        delivery.unclaim();
        assertEquals(DeliveryStatus.QUEUED, delivery.status());
        assertEquals(0, delivery.attempts(), "an attempt that never reached the carrier is not counted");
        assertEquals(NOON, delivery.dueAt());
    }

    @Test
    void aTextTheCarrierTookIsNoLongerDue() {
        Delivery delivery = Delivery.queued(NOON, Purpose.TRANSACTIONAL, false);
        delivery.claimFor(NOON);

        delivery.sent("SM0123456789abcdef0123456789abcdef", NOON.plusSeconds(1));

        assertEquals(DeliveryStatus.SENT, delivery.status());
        assertEquals("SM0123456789abcdef0123456789abcdef", delivery.carrierSid());
        assertNull(delivery.sendingSince());
        assertNull(delivery.dueAt());
    }

    @Test
    void aLateSentReportDoesNotUndoDelivered() {
        Delivery delivery = Delivery.queued(NOON, Purpose.TRANSACTIONAL, false);
        delivery.sent("SM0123456789abcdef0123456789abcdef", NOON);

        assertTrue(delivery.report(DeliveryStatus.DELIVERED, null));
        assertFalse(delivery.report(DeliveryStatus.SENT, null));
        assertEquals(DeliveryStatus.DELIVERED, delivery.status());
    }

    @Test
    void aScheduledTextIsDueAtItsTimeAndKeepsItsTerms() {
        Delivery delivery = Delivery.scheduled(NOON.plusDays(1), Purpose.MARKETING, true);

        assertEquals(DeliveryStatus.SCHEDULED, delivery.status());
        assertEquals(NOON.plusDays(1), delivery.dueAt());
        assertEquals(Purpose.MARKETING, delivery.purpose());
        assertTrue(delivery.keepsQuietHours());
    }

    @Test
    void aRetriedTextIsDueAgainWithTheCarriersReason() {
        Delivery delivery = Delivery.queued(NOON, Purpose.TRANSACTIONAL, false);
        delivery.claimFor(NOON);

        delivery.retryAt(NOON.plusSeconds(30), "429 Too Many Requests");

        assertEquals(DeliveryStatus.QUEUED, delivery.status());
        assertEquals(NOON.plusSeconds(30), delivery.dueAt());
        assertEquals("429 Too Many Requests", delivery.errorMessage());
        assertEquals(1, delivery.attempts());
    }

    @Test
    void aSkippedTextIsNeverDue() {
        Delivery delivery = Delivery.queued(NOON, Purpose.MARKETING, true);

        delivery.skip("NO_MARKETING_CONSENT", "a marketing text, and the number gave no marketing consent");

        assertEquals(DeliveryStatus.SKIPPED, delivery.status());
        assertEquals("NO_MARKETING_CONSENT", delivery.errorCode());
        assertNull(delivery.dueAt());
        assertFalse(delivery.report(DeliveryStatus.DELIVERED, null), "a skipped text never left");
    }
}

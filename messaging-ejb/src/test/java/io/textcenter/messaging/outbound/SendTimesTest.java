package io.textcenter.messaging.outbound;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SendTimesTest {

    private static final int SENDERS = 8;

    @Test
    void beforeAnySendTheLineAloneSetsThePace() {
        assertEquals(Double.POSITIVE_INFINITY, new SendTimes().perSecond(SENDERS));
    }

    @Test
    void sendersThatTakeTenMillisecondsEachManageAHundredASecondApiece() {
        SendTimes times = new SendTimes();
        times.record(Duration.ofMillis(10));
        assertEquals(800, times.perSecond(SENDERS), 0.001);
    }

    @Test
    void aSlowerCarrierSlowsThePaceAndItRecoversWhenTheCarrierDoes() {
        SendTimes times = new SendTimes();
        times.record(Duration.ofMillis(10));
        for (int i = 0; i < 5; i++) {
            times.record(Duration.ofMillis(100));
        }
        double slowed = times.perSecond(SENDERS);
        assertTrue(slowed < 200, "paced at " + slowed);
        for (int i = 0; i < 40; i++) {
            times.record(Duration.ofMillis(10));
        }
        assertEquals(800, times.perSecond(SENDERS), 5, "recovered");
    }
}

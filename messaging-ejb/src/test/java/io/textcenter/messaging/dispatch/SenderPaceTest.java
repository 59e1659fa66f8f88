package io.textcenter.messaging.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SenderPaceTest {

    private static final Duration QUARTER_SECOND = Duration.ofMillis(250);

    @Test
    void untilATextMissesItsSlotTheLineAloneSetsThePace() {
        SenderPace pace = new SenderPace();
        pace.batchDone(100, 0, Duration.ofMillis(99), Duration.ofMillis(100));
        assertEquals(Double.POSITIVE_INFINITY, pace.perSecond());
    }

    @Test
    void sendersThatFellBehindArePacedAtWhatTheyManagedLessATenth() {
        SenderPace pace = new SenderPace();
        pace.batchDone(100, 30, Duration.ofMillis(99), QUARTER_SECOND);
        assertEquals(360, pace.perSecond(), 0.001);
    }

    @Test
    void aFewTextsLateWhileTheSendersKeptUpLeaveThePaceAsItIs() {
        SenderPace pace = new SenderPace();
        pace.batchDone(100, 30, Duration.ofMillis(99), QUARTER_SECOND);
        pace.batchDone(90, 2, Duration.ofMillis(249), Duration.ofMillis(262));
        assertEquals(360, pace.perSecond(), 0.001);
    }

    @Test
    void batchesSentOnTimeBringThePaceBackUpAQuarterEach() {
        SenderPace pace = new SenderPace();
        pace.batchDone(100, 30, Duration.ofMillis(99), QUARTER_SECOND);
        pace.batchDone(90, 0, Duration.ofMillis(249), QUARTER_SECOND);
        assertEquals(450, pace.perSecond(), 0.001);
        for (int batch = 0; batch < 10; batch++) {
            pace.batchDone(100, 0, Duration.ofMillis(199), Duration.ofMillis(200));
        }
        assertEquals(450 * Math.pow(1.25, 10), pace.perSecond(), 0.001);
    }
}

package io.textcenter.messaging.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(5);

    @Test
    void theDelayDoublesWithEachAttempt() {
        Backoff noJitter = new Backoff(FIRST, MAX, () -> 0.999999);
        assertEquals(2, Math.round(noJitter.after(1).toMillis() / 1000.0));
        assertEquals(4, Math.round(noJitter.after(2).toMillis() / 1000.0));
        assertEquals(8, Math.round(noJitter.after(3).toMillis() / 1000.0));
    }

    @Test
    void jitterTakesUpToHalfOffTheDelay() {
        assertEquals(Duration.ofSeconds(2), new Backoff(FIRST, MAX, () -> 0).after(2));
        assertEquals(Duration.ofSeconds(3), new Backoff(FIRST, MAX, () -> 0.5).after(2));
    }

    @Test
    void theDelayNeverExceedsTheCeiling() {
        Backoff backoff = new Backoff(FIRST, MAX, () -> 0.999999);
        assertEquals(true, backoff.after(9).compareTo(MAX) <= 0);
        assertEquals(true, backoff.after(100).compareTo(MAX) <= 0);
        assertEquals(true, backoff.after(100).compareTo(MAX.dividedBy(2)) >= 0);
    }
}

package io.textcenter.messaging.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinePaceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private static final Duration A_SECOND_AND_A_MARGIN = Duration.ofMillis(1002);

    @Test
    void sendsAreSpacedByTheLinesRateWithAMarginForJitter() {
        LinePace pacer = new LinePace(1);
        assertEquals(T0, pacer.reserve(T0, 1));
        assertEquals(T0.plus(A_SECOND_AND_A_MARGIN), pacer.reserve(T0, 1));
        assertEquals(T0.plus(A_SECOND_AND_A_MARGIN.multipliedBy(2)), pacer.reserve(T0.plusMillis(500), 1));
    }

    @Test
    void aFasterLineHasShorterGaps() {
        LinePace pacer = new LinePace(1);
        pacer.reserve(T0, 4);
        assertEquals(T0.plus(Duration.ofNanos(250_500_000)), pacer.reserve(T0, 4));
    }

    @Test
    void aQuietSpellEarnsNoBurst() {
        LinePace pacer = new LinePace(1);
        pacer.reserve(T0, 1);
        Instant later = T0.plusSeconds(60);
        assertEquals(later, pacer.reserve(later, 1));
        assertEquals(later.plus(A_SECOND_AND_A_MARGIN), pacer.reserve(later, 1), "no catching up on the idle minute");
    }

    @Test
    void neverMoreThanTheRateInAnyWindow() {
        LinePace pacer = new LinePace(1);
        Instant now = T0;
        Instant first = null;
        Instant last = null;
        for (int send = 0; send < 100; send++) {
            Instant slot = pacer.reserve(now, 3);
            first = first == null ? slot : first;
            last = slot;
            now = now.plusMillis(send % 7 == 0 ? 900 : 10);
        }
        assertEquals(true, Duration.between(first, last).compareTo(Duration.ofMillis(99 * 333)) >= 0);
    }
}

package io.textcenter.messaging.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentReadsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final Map<String, String> stored = new HashMap<>(Map.of("+12015550123", "Service line"));
    private final RecentReads<String, String> lines = new RecentReads<>(
            Duration.ofSeconds(5),
            number -> {
                reads.incrementAndGet();
                return stored.get(number);
            },
            nanos::get);

    @Test
    void aValueReadAMomentAgoIsNotReadAgain() {
        assertEquals(Optional.of("Service line"), lines.get("+12015550123"));
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals(Optional.of("Service line"), lines.get("+12015550123"));
        assertEquals(1, reads.get());
    }

    @Test
    void aChangeMadeElsewhereShowsOnceTheReadIsOlderThanItsPeriod() {
        lines.get("+12015550123");
        stored.put("+12015550123", "Sales line");
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        assertEquals(Optional.of("Sales line"), lines.get("+12015550123"));
    }

    @Test
    void aChangeMadeHereShowsAtOnce() {
        lines.get("+12015550123");
        stored.put("+12015550123", "Sales line");
        lines.forgetAll();
        assertEquals(Optional.of("Sales line"), lines.get("+12015550123"));
    }

    @Test
    void nothingIsKeptForAKeyWithNothingStored() {
        assertEquals(Optional.empty(), lines.get("+12015550199"));
        stored.put("+12015550199", "New line");
        assertEquals(Optional.of("New line"), lines.get("+12015550199"));
    }
}

package io.textcenter.messaging.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentLinesTest {

    /** The lines table of the database every instance shares. */
    private static final class StoredLines extends SenderLineService {
        final Map<String, SenderLineData> rows = new ConcurrentHashMap<>();
        final AtomicInteger reads = new AtomicInteger();

        void save(String id, String description) {
            rows.put(id, new SenderLineData(id, description, "+1201555010" + id, LineKind.TWO_WAY, true, 1));
        }

        @Override
        public List<SenderLineData> all() {
            reads.incrementAndGet();
            return List.copyOf(rows.values());
        }
    }

    private final StoredLines stored = new StoredLines();
    private final RecentLines lines = new RecentLines();

    RecentLinesTest() {
        stored.save("1", "Service line");
        stored.save("2", "Sales line");
        lines.lines = stored;
        lines.keptFor = Duration.ofMinutes(1);
        lines.start();
    }

    @Test
    void pagesOfKnownLinesReadTheLinesOnce() {
        lines.byId(List.of("1", "2"));
        assertEquals("Sales line", lines.byId(List.of("2", "2")).get("2").description());
        assertEquals(1, stored.reads.get());
    }

    @Test
    void aLineCreatedOnAnotherInstanceShowsAtOnce() {
        lines.byId(List.of("1"));
        stored.save("3", "After-hours line");
        assertEquals("After-hours line", lines.byId(List.of("1", "3")).get("3").description());
    }

    @Test
    void aLineSavedOnThisInstanceShowsAtOnce() {
        lines.byId(List.of("1"));
        stored.save("1", "Service and repairs");
        lines.forget(new SenderLinesChanged());
        assertEquals("Service and repairs", lines.byId(List.of("1")).get("1").description());
    }
}

package io.textcenter.bench;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.List;

/**
 * A bulk send on a line configured for 1 message per second: the rate the carrier observes must be within 5 % of it
 * and never above it. "Never above": no two texts closer than 1 s, less {@link #JITTER} for the HTTP call's own
 * variation (the line's send slots are exactly 1 s apart; each text arrives a few milliseconds after its slot).
 */
record PacedLineCheck(Settings settings, GraphQL admin, Carrier carrier, Results results) {

    private static final String NAME = "bulk";
    private static final String LINE = "+12015550102";
    private static final double RATE = 1.0;
    private static final long JITTER = 20_000;

    void run() throws Exception {
        String lineId = Lines.add(admin, "Bench paced", LINE, RATE);
        int texts = settings.scaled(120, 10);
        List<String> appointments;
        try (Database database = settings.database()) {
            appointments = database.column("SELECT id FROM appointment ORDER BY id LIMIT ?", texts);
        }
        BulkSends bulkSends = new BulkSends(admin);
        JsonObject ended = bulkSends.awaitEnd(bulkSends.startFor(appointments, lineId), Duration.ofSeconds(5), Duration.ofSeconds(texts * 3L + 120));
        JsonObject took = carrier.statsFrom(LINE);
        int count = took.getInt("count");
        double seconds = (took.getJsonNumber("lastMicros").longValue() - took.getJsonNumber("firstMicros").longValue()) / 1e6;
        double observed = (count - 1) / seconds;
        long minGap = took.getJsonNumber("minGapMicros").longValue();

        results.raw(NAME, "paced.bulk_send", ended.toString());
        results.raw(NAME, "paced.texts", count);
        results.raw(NAME, "paced.seconds_first_to_last", seconds);
        results.raw(NAME, "paced.observed_per_s", String.format(java.util.Locale.ROOT, "%.5f", observed));
        results.raw(NAME, "paced.min_gap_ms", minGap / 1000.0);
        results.raw(NAME, "paced.most_in_one_second", took.getInt("mostInOneSecond"));
        double ratio = observed / RATE;
        boolean neverAbove = minGap >= 1_000_000 / RATE - JITTER && observed <= RATE * 1.001;
        results.figure(NAME, "1/s line: observed rate, shortest gap",
                String.format(java.util.Locale.ROOT, "%.4f/s, %.0f ms", observed, minGap / 1000.0), "1/s configured",
                String.format(java.util.Locale.ROOT, "%.4f", ratio), "0.95-1.00, never above", count == texts && ratio >= 0.95 && neverAbove);
    }
}

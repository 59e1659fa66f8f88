package io.textcenter.bench;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The status callback storm: a bulk send on a 100-per-second line (a short code's rate), the fake carrier posting
 * "sent" and "delivered" for every text within a second of taking it, while it answers the sends in 0.1 to 0.3 s.
 * Every status must be applied (each text DELIVERED), the last within 5 s of the last text's arrival at the carrier,
 * and the line's pace held while the callbacks come in: a mean rate of at most the line's (with the 1/1000 the first
 * and last arrivals' HTTP jitter may add), and no second with more than 5 % above it. The carrier notes each text
 * when it arrives, and arrivals vary by tens of milliseconds on a busy machine: a few texts of the seconds around any
 * one second arrive in it.
 */
record StatusCallbackStorm(Settings settings, GraphQL admin, Carrier carrier, Results results) {

    private static final String NAME = "bulk";
    private static final String LINE = "+12015550103";
    private static final int RATE = 100;
    private static final Duration CALLBACKS_WITHIN = Duration.ofSeconds(1);
    private static final Duration LAST_APPLIED_WITHIN = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(100);

    void run() throws Exception {
        String lineId = Lines.add(admin, "Bench short code", LINE, RATE);
        int texts = settings.scaled(6000, 300);
        try (Database database = settings.database()) {
            List<String> appointments = database.column("SELECT id FROM appointment ORDER BY id DESC LIMIT ?", texts);
            int postedBefore = carrier.statusCallbacks(true, CALLBACKS_WITHIN).getInt("posted");
            BulkSends bulkSends = new BulkSends(admin);
            String id = bulkSends.startFor(appointments, lineId);
            JsonObject ended = bulkSends.awaitEnd(id, Duration.ofSeconds(1), Duration.ofSeconds(texts / RATE * 3L + 120));
            JsonObject took = carrier.statsFrom(LINE);
            long lastTextMicros = took.getJsonNumber("lastMicros").longValue();

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long delivered;
            while ((delivered = deliveredOf(database, id)) < texts && System.nanoTime() < deadline) {
                Thread.sleep(POLL.toMillis());
            }
            double lastAppliedAfter = (BulkBenchmark.nowMicros() - lastTextMicros) / 1e6;
            JsonObject callbacks = carrier.statusCallbacks(false);

            int count = took.getInt("count");
            double seconds = (lastTextMicros - took.getJsonNumber("firstMicros").longValue()) / 1e6;
            double meanRate = (count - 1) / seconds;
            int mostInOneSecond = took.getInt("mostInOneSecond");
            results.raw(NAME, "storm.bulk_send", ended.toString());
            results.raw(NAME, "storm.texts_at_carrier", count);
            results.raw(NAME, "storm.callbacks_posted", callbacks.getInt("posted") - postedBefore);
            results.raw(NAME, "storm.delivered", delivered);
            results.raw(NAME, "storm.seconds_last_text_to_all_delivered", lastAppliedAfter);
            results.raw(NAME, "storm.mean_rate_per_s", String.format(Locale.ROOT, "%.3f", meanRate));
            results.raw(NAME, "storm.most_in_one_second", mostInOneSecond);
            results.raw(NAME, "storm.min_gap_ms", took.getJsonNumber("minGapMicros").longValue() / 1000.0);

            boolean allApplied = delivered == texts && count == texts;
            boolean inTime = lastAppliedAfter <= LAST_APPLIED_WITHIN.toSeconds();
            boolean paceHeld = meanRate <= RATE * 1.001 && mostInOneSecond <= RATE * 1.05;
            results.figure(NAME, "status callback storm, " + texts + " texts on a " + RATE + "/s line: delivered, last applied after the last"
                            + " text, rate", String.format(Locale.ROOT, "%d, %.1f s, %.1f/s (most in 1 s: %d)", delivered, lastAppliedAfter,
                            meanRate, mostInOneSecond), texts + " texts, 2 callbacks each", Results.format((double) delivered / texts),
                    "all applied, within 5 s, pace held", allApplied && inTime && paceHeld);
        }
    }

    private static long deliveredOf(Database database, String bulkSendId) {
        return database.number("SELECT COUNT(*) FROM bulk_recipient r JOIN message m ON m.id = r.message_id"
                + " WHERE r.bulk_send_id = ? AND m.delivery_status = 'DELIVERED'", Long.parseLong(bulkSendId));
    }
}

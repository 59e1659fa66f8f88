package io.textcenter.bench;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.List;

/**
 * A customer bulk send to every appointment of a day (bench/sql/bulk-data.sql: one customer with a mobile per
 * appointment) on a 1000-per-second line, to the fake carrier answering as Twilio's API does, in 0.1 to 0.3 s:
 * messages per second from the mutation to the last text at the carrier, against the line's rate, and against the
 * fake's raw rate (answering at once) from one plain HTTP client sending one after another. The send is timed twice:
 * first as the server's first work after its start (to the warm-up day's customers), while the JVM still compiles
 * the paths a send takes, then as a server in use sends it, the goal's figure. Then the status callback storm on a
 * 100-per-second line ({@link StatusCallbackStorm}) and a few texts on a 1-per-second line ({@link PacedLineCheck}).
 */
final class BulkBenchmark {

    static final String NAME = "bulk";
    static final String FAST_LINE = "+12015550101";
    /** The fastest rate a line may have: the most any send through one line can reach, whatever the carrier takes. */
    private static final int FAST_LINE_RATE = 1000;
    /** How long Twilio's API takes to answer a Messages.json POST, about. */
    static final Duration CARRIER_ANSWERS_FROM = Duration.ofMillis(100);
    static final Duration CARRIER_ANSWERS_UNTIL = Duration.ofMillis(300);

    private final Settings settings;
    private final Results results;

    BulkBenchmark(Settings settings) {
        this.settings = settings;
        this.results = settings.results();
    }

    void run() throws Exception {
        GraphQL admin = settings.graphQL("bench-admin", "Administrator");
        Account.BENCH.configure(admin, settings.text("base-url"));
        // the figures are the line's rate, whatever the hour: no quiet hours hold the recipients' texts
        admin.call("mutation { updateTextingWindow(opensAt: \"00:00\", closesAt: \"00:00\") { opensAt } }",
                java.util.Map.of());
        String lineId = Lines.add(admin, "Bench bulk", FAST_LINE, FAST_LINE_RATE);
        Carrier carrier = new Carrier(settings.uri("carrier-url"));
        int recipients = Integer.parseInt(settings.text("recipients"));

        carrier.answerAfter(Duration.ZERO, Duration.ZERO);
        double rawRate = carrier.rawRate(Account.BENCH, "+12015559999", 2000, Math.min(20_000, Math.max(2000, recipients / 5)));
        carrier.reset();
        carrier.answerAfter(CARRIER_ANSWERS_FROM, CARRIER_ANSWERS_UNTIL);

        BulkSends bulkSends = new BulkSends(admin);
        ModuleMetrics metrics = new ModuleMetrics(settings.baseUrl());
        String missedSlots = "line=\"" + lineId + "\"";
        Duration pollEvery = Duration.ofSeconds(recipients >= 10_000 ? 5 : 1);
        TimedSend cold = TimedSend.of(bulkSends, settings.text("warm-up-day"), lineId, carrier, pollEvery);
        double coldMissed = metrics.sum("outbox_missed_slots_total", missedSlots);
        carrier.reset();
        TimedSend warm = TimedSend.of(bulkSends, settings.text("day"), lineId, carrier, pollEvery);
        JsonObject ended = warm.ended();
        JsonObject took = warm.atCarrier();
        double rate = warm.rate();

        results.raw(NAME, "recipients", recipients);
        results.raw(NAME, "carrier_raw_rate_per_s", rawRate);
        results.raw(NAME, "first_send_after_start", cold.ended().toString());
        results.raw(NAME, "first_send_after_start_carrier_count", cold.atCarrier().getInt("count"));
        results.raw(NAME, "first_send_after_start_seconds_to_last_text", cold.secondsToLastText());
        results.raw(NAME, "first_send_after_start_rate_per_s", cold.rate());
        results.raw(NAME, "first_send_after_start_missed_slots", coldMissed);
        results.raw(NAME, "bulk_send", ended.toString());
        results.raw(NAME, "carrier_count", took.getInt("count"));
        results.raw(NAME, "carrier_distinct_to", took.getInt("distinctTo"));
        results.raw(NAME, "seconds_to_last_text", warm.secondsToLastText());
        results.raw(NAME, "seconds_to_status_ended", warm.secondsToEnded());
        results.raw(NAME, "most_texts_in_one_second", took.getInt("mostInOneSecond"));
        results.raw(NAME, "missed_slots", metrics.sum("outbox_missed_slots_total", missedSlots) - coldMissed);
        queueingTime(ended.getString("id"), warm.startedMicros());

        double ratio = rate / FAST_LINE_RATE;
        results.figure(NAME, recipients + " recipients, messages/s end to end, the carrier answering in "
                        + CARRIER_ANSWERS_FROM.toMillis() + "-" + CARRIER_ANSWERS_UNTIL.toMillis() + " ms",
                Results.format(rate) + "/s", FAST_LINE_RATE + "/s (the line's rate)", Results.format(ratio), ">= 0.95", ratio >= 0.95);
        results.reported(NAME, "the same as the server's first send after its start (the JVM compiling)", Results.format(cold.rate()) + "/s",
                FAST_LINE_RATE + "/s (the line's rate)", Results.format(cold.rate() / FAST_LINE_RATE));
        results.reported(NAME, "the same against the raw POST (the old goal, >= 0.8)", Results.format(rate) + "/s",
                Results.format(rawRate) + "/s (raw POST, answered at once)", Results.format(rate / rawRate));
        results.figure(NAME, "texts at the carrier (each of the two sends)", took.getInt("count") + " to " + took.getInt("distinctTo") + " numbers",
                recipients + " recipients", Results.format((double) took.getInt("count") / recipients), "each exactly once",
                cold.exactlyOnce(recipients) && warm.exactlyOnce(recipients));

        new StatusCallbackStorm(settings, admin, carrier, results).run();
        new PacedLineCheck(settings, admin, carrier, results).run();
        carrier.answerAfter(Duration.ZERO, Duration.ZERO);
    }

    /** How long the batch job took to queue every text (the rest of the time is the outbox draining). */
    private void queueingTime(String bulkSendId, long startedMicros) {
        try (Database database = settings.database()) {
            List<String> lastQueued = database.column("SELECT EXTRACT(EPOCH FROM MAX(m.created_at)) * 1000000 FROM bulk_recipient r"
                    + " JOIN message m ON m.id = r.message_id WHERE r.bulk_send_id = ?", Long.parseLong(bulkSendId));
            results.raw(NAME, "seconds_to_all_queued", (Double.parseDouble(lastQueued.get(0)) - startedMicros) / 1e6);
        }
    }

    static long nowMicros() {
        return java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, java.time.Instant.now());
    }
}

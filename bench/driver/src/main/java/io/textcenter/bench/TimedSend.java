package io.textcenter.bench;

import jakarta.json.JsonObject;

import java.time.Duration;

/**
 * One customer bulk send to a day's appointments on the fast line, timed from the mutation: its last state, what the
 * carrier took from the line (counted from the carrier's last reset), and the rate end to end.
 */
record TimedSend(long startedMicros, JsonObject ended, long endedMicros, JsonObject atCarrier) {

    /** Starts the send, waits for it to end and reads what the carrier took. */
    static TimedSend of(BulkSends bulkSends, String day, String lineId, Carrier carrier, Duration pollEvery) throws Exception {
        long startedMicros = BulkBenchmark.nowMicros();
        String id = bulkSends.startForDay(day, lineId);
        JsonObject ended = bulkSends.awaitEnd(id, pollEvery, Duration.ofHours(3));
        long endedMicros = BulkBenchmark.nowMicros();
        return new TimedSend(startedMicros, ended, endedMicros, carrier.statsFrom(BulkBenchmark.FAST_LINE));
    }

    /** Whether the send COMPLETED with every recipient sent, and the carrier took one text for each, each to its own number. */
    boolean exactlyOnce(int recipients) {
        return "COMPLETED".equals(ended.getString("status")) && ended.getInt("sent") == recipients
                && atCarrier.getInt("count") == recipients && atCarrier.getInt("distinctTo") == recipients;
    }

    double secondsToLastText() {
        return (atCarrier.getJsonNumber("lastMicros").longValue() - startedMicros) / 1e6;
    }

    double secondsToEnded() {
        return (endedMicros - startedMicros) / 1e6;
    }

    /** Texts at the carrier a second, from the mutation to the last text's arrival. */
    double rate() {
        return atCarrier.getInt("count") / secondsToLastText();
    }
}

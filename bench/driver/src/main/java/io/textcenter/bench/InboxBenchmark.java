package io.textcenter.bench;

import jakarta.json.JsonObject;

import java.util.List;

/**
 * The inbox over a large database (bench/sql/inbox-data.sql): {@code conversations(first: 50)} with unreviewed counts,
 * one request at a time after a warm-up, against the smallest query through the same stack ({@code senderLines}); and
 * the first page as the reference web page asks for it, with {@code totalCount}. The three are timed in turn.
 */
final class InboxBenchmark {

    private static final String NAME = "inbox";
    private static final int PAGE = 50;

    private final Settings settings;
    private final Results results;

    InboxBenchmark(Settings settings) {
        this.settings = settings;
        this.results = settings.results();
    }

    void run() {
        GraphQL agent = settings.graphQL("bench-agent", "TextMessaging");
        int warmUp = settings.scaled(100, 30);
        int measured = settings.scaled(1000, 100);
        long conversations = Long.parseLong(settings.text("conversations"));

        JsonObject first = InboxQueries.firstPage(agent, PAGE);
        if (first.getJsonArray("items").size() != PAGE || first.getInt("totalCount") != conversations) {
            throw new IllegalStateException("the inbox does not show the generated data: " + first.getInt("totalCount") + " conversations");
        }
        List<Latencies> timed = timeInTurn(List.of(() -> agent.call(InboxQueries.LINES), () -> InboxQueries.page(agent, PAGE),
                () -> InboxQueries.firstPage(agent, PAGE)), warmUp, measured);
        Latencies baseline = timed.get(0);
        Latencies inbox = timed.get(1);
        Latencies withTotal = timed.get(2);

        results.raw(NAME, "conversations", conversations);
        results.raw(NAME, "requests", measured);
        results.raw(NAME, "concurrency", 1);
        results.raw(NAME, "page.p50_ms", inbox.millis(50));
        results.raw(NAME, "page.p95_ms", inbox.millis(95));
        results.raw(NAME, "page.p99_ms", inbox.millis(99));
        results.raw(NAME, "page_with_total.p50_ms", withTotal.millis(50));
        results.raw(NAME, "page_with_total.p95_ms", withTotal.millis(95));
        results.raw(NAME, "page_with_total.p99_ms", withTotal.millis(99));
        results.raw(NAME, "senderLines.p50_ms", baseline.millis(50));
        results.raw(NAME, "senderLines.p95_ms", baseline.millis(95));
        double p95 = inbox.millis(95);
        results.figure(NAME, "conversations(first: 50) p50 / p95", Results.format(inbox.millis(50)) + " / " + Results.format(p95) + " ms",
                Results.format(baseline.millis(50)) + " / " + Results.format(baseline.millis(95)) + " ms (senderLines)",
                Results.format(p95 / baseline.millis(95)), "p95 < 20 ms", p95 < 20);
        // counting every conversation is a scan whatever the index, so the first page with its total is a figure of its own
        results.reported(NAME, "the same with totalCount p50 / p95", Results.format(withTotal.millis(50)) + " / " + Results.format(withTotal.millis(95)) + " ms",
                Results.format(inbox.millis(50)) + " / " + Results.format(p95) + " ms (without)",
                Results.format(withTotal.millis(95) / p95));
    }

    /**
     * The queries one after the other, round after round, so that each sees the same server: timed one series after
     * another, the first was timed on a server still compiling its code and the last on one that had run all three.
     */
    private static List<Latencies> timeInTurn(List<Runnable> queries, int warmUp, int measured) {
        for (int round = 0; round < warmUp; round++) {
            queries.forEach(Runnable::run);
        }
        List<Latencies> timed = queries.stream().map(query -> new Latencies()).toList();
        for (int round = 0; round < measured; round++) {
            for (int i = 0; i < queries.size(); i++) {
                long started = System.nanoTime();
                queries.get(i).run();
                timed.get(i).add(System.nanoTime() - started);
            }
        }
        return timed;
    }
}

package io.textcenter.bench;

import jakarta.json.JsonObject;

/**
 * The inbox over a large database (bench/sql/inbox-data.sql): {@code conversations(first: 50)} with unreviewed counts,
 * one request at a time after a warm-up, against the smallest query through the same stack ({@code senderLines}); and
 * the first page as the reference web page asks for it, with {@code totalCount}.
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
        Latencies baseline = time(() -> agent.call(InboxQueries.LINES), warmUp, measured);
        Latencies inbox = time(() -> InboxQueries.page(agent, PAGE), warmUp, measured);
        Latencies withTotal = time(() -> InboxQueries.firstPage(agent, PAGE), warmUp, measured);

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

    private static Latencies time(Runnable query, int warmUp, int measured) {
        for (int i = 0; i < warmUp; i++) {
            query.run();
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < measured; i++) {
            long started = System.nanoTime();
            query.run();
            latencies.add(System.nanoTime() - started);
        }
        return latencies;
    }
}

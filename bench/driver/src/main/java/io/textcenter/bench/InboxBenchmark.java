package io.textcenter.bench;

import jakarta.json.JsonObject;

import java.util.List;

/**
 * The inbox over a large database (bench/sql/inbox-data.sql): {@code conversations(first: 50)} with unreviewed counts,
 * one request at a time on a warmed server, against the smallest query through the same stack ({@code senderLines}); and
 * the first page as the reference web page asks for it, with {@code totalCount}. The three are timed in turn.
 */
final class InboxBenchmark {

    private static final String NAME = "inbox";
    private static final int PAGE = 50;
    /**
     * The server's compilers need a few thousand pages before the page's latency stops falling (December 2: its p95
     * went from 39.0 ms in the 1,000 rounds after the first 100, which runs before then timed, to 19 ms in the next
     * 1,500 and 15.6 ms in the 500 after those); a server in use has served far more. Two more blocks for slower machines.
     */
    private static final int WARMING_BLOCKS = 6;

    private final Settings settings;
    private final Results results;

    InboxBenchmark(Settings settings) {
        this.settings = settings;
        this.results = settings.results();
    }

    void run() {
        GraphQL agent = settings.graphQL("bench-agent", "TextMessaging");
        int firstRounds = settings.scaled(100, 30);
        int freshRounds = settings.scaled(1000, 100);
        int warmingBlock = settings.scaled(500, 50);
        int measured = settings.scaled(1000, 100);
        long conversations = Long.parseLong(settings.text("conversations"));

        JsonObject first = InboxQueries.firstPage(agent, PAGE);
        if (first.getJsonArray("items").size() != PAGE || first.getInt("totalCount") != conversations) {
            throw new IllegalStateException("the inbox does not show the generated data: " + first.getInt("totalCount") + " conversations");
        }
        List<Runnable> queries = List.of(() -> agent.call(InboxQueries.LINES), () -> InboxQueries.page(agent, PAGE),
                () -> InboxQueries.firstPage(agent, PAGE));
        // how runs before December 2 timed the page: on a server that had just started
        Latencies fresh = timeInTurn(queries, firstRounds, freshRounds).get(1);
        for (int block = 1; block <= WARMING_BLOCKS; block++) {
            results.raw(NAME, "warming.block_" + block + ".page.p95_ms", timeInTurn(queries, 0, warmingBlock).get(1).millis(95));
        }
        List<Latencies> timed = timeInTurn(queries, 0, measured);
        Latencies baseline = timed.get(0);
        Latencies inbox = timed.get(1);
        Latencies withTotal = timed.get(2);

        results.raw(NAME, "conversations", conversations);
        results.raw(NAME, "requests", measured);
        results.raw(NAME, "rounds_before_timing", firstRounds + freshRounds + WARMING_BLOCKS * warmingBlock);
        results.raw(NAME, "fresh.page.p50_ms", fresh.millis(50));
        results.raw(NAME, "fresh.page.p95_ms", fresh.millis(95));
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
        results.reported(NAME, "the same on a fresh server (rounds " + (firstRounds + 1) + "–" + (firstRounds + freshRounds) + ") p50 / p95",
                Results.format(fresh.millis(50)) + " / " + Results.format(fresh.millis(95)) + " ms",
                Results.format(inbox.millis(50)) + " / " + Results.format(p95) + " ms (warmed)", Results.format(fresh.millis(95) / p95));
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

package io.textcenter.bench;

import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Received texts: signed webhooks posted concurrently to the module (distinct MessageSids, a keyword responder active)
 * against the same posts to a no-op JAX-RS endpoint in the same server, and, reported beside, to a no-op that stores each
 * text with one INSERT and commit.
 *
 * <ol>
 * <li>Throughput: {@code concurrency} clients posting back to back (closed loop): the no-op, the storing no-op, then the
 * module, each twice in one run: just started (after a short warm-up) and once the JIT compiler has settled. The module's
 * hot path is far larger than a no-op's, and on two cores compiling it takes a core for the first minute or two; a
 * server runs for days, so the goal is measured settled, and the first minute is reported beside it.</li>
 * <li>Latency at load: both posted at a fixed rate of half the no-op's throughput (open loop), p50/p99. When the module
 * answers fewer than that even back to back, posting at that rate only builds a queue (minutes of it); the rate is then
 * {@link #SUSTAINED} of the module's most, and the target counts as missed.</li>
 * <li>Latency below saturation, in raw.txt only: the module posted at a quarter and at half of its most.</li>
 * <li>Every posted text was answered 200 and is stored exactly once (by its MessageSid).</li>
 * <li>While the module is loaded, the fake carrier posts "sent" and "delivered" for every auto-response it takes, the
 * moment it takes it: every callback posted must be applied (none dropped for coming before its text's record).</li>
 * </ol>
 */
final class WebhookBenchmark {

    static final String NAME = "webhook";
    static final String LINE = "+12015550100";
    static final String KEYWORD = "HOURS";
    static final int SENDERS = 1000;
    private static final double SUSTAINED = 0.8;
    private static final int[] BELOW_SATURATION_PERCENT = {25, 50};

    private final Settings settings;
    private final Results results;
    private final ModuleMetrics metrics;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    WebhookBenchmark(Settings settings) {
        this.settings = settings;
        this.results = settings.results();
        this.metrics = new ModuleMetrics(settings.baseUrl());
    }

    void run() throws Exception {
        String publicBaseUrl = settings.text("base-url");
        GraphQL admin = settings.graphQL("bench-admin", "Administrator");
        Account.BENCH.configure(admin, publicBaseUrl);
        String lineId = Lines.add(admin, "Bench inbound", LINE, 1000);
        admin.call("mutation($input: AutoResponderInput!) { saveAutoResponder(input: $input) { id } }", Map.of("input", Map.of(
                "type", "KEYWORD", "keyword", KEYWORD, "message", "We are open Monday to Friday, 8 AM to 5 PM.", "lineIds", List.of(lineId))));

        int clients = settings.integer("concurrency", 16);
        Duration warmUp = settings.scaledSeconds(15, 3);
        Duration measured = settings.scaledSeconds(45, 5);
        Duration settling = settings.scaledSeconds(75, 3);
        URI noOp = settings.baseUrl().resolve("/bench-noop/api/noop");
        URI storingNoOp = settings.baseUrl().resolve("/bench-noop/api/noop-store");
        URI webhook = settings.baseUrl().resolve(InboundTexts.INBOUND_PATH);
        InboundTexts toNoOp = new InboundTexts(Account.BENCH, publicBaseUrl, LINE, SENDERS, KEYWORD, "0000");
        InboundTexts toStoringNoOp = new InboundTexts(Account.BENCH, publicBaseUrl, LINE, SENDERS, KEYWORD, "5702e");
        InboundTexts toModule = new InboundTexts(Account.BENCH, publicBaseUrl, LINE, SENDERS, KEYWORD, "beef");
        try (Database database = settings.database()) {
            database.execute("CREATE TABLE IF NOT EXISTS bench_noop_text (carrier_sid VARCHAR(64) PRIMARY KEY)");
        }

        ClosedLoop noOpMost = closedLoop("noop", clients, () -> post(toNoOp, noOp), warmUp, measured, settling);
        ClosedLoop storingNoOpMost = closedLoop("noop_store", clients, () -> post(toStoringNoOp, storingNoOp), warmUp, measured, settling);
        Carrier carrier = new Carrier(settings.uri("carrier-url"));
        carrier.statusCallbacks(true);
        double appliedBefore = metrics.sum("outbox_delivery_reports_applied_total", "");
        ClosedLoop moduleMost = closedLoop("module", clients, () -> post(toModule, webhook), warmUp, measured, settling);
        statusCallbacksApplied(carrier, appliedBefore);

        double targetRate = noOpMost.settled().perSecond() / 2;
        double rate = Math.min(targetRate, moduleMost.settled().perSecond() * SUSTAINED);
        results.raw(NAME, "open.target_rate_per_s", targetRate);
        results.raw(NAME, "open.rate_per_s", rate);
        LoadOutcome noOpAtRate = OpenLoopLoad.run(rate, measured, () -> http.sendAsync(toNoOp.next(noOp), HttpResponse.BodyHandlers.discarding()));
        report("noop.open", noOpAtRate);
        LoadOutcome moduleAtRate = OpenLoopLoad.run(rate, measured, () -> http.sendAsync(toModule.next(webhook), HttpResponse.BodyHandlers.discarding()));
        report("module.open", moduleAtRate);

        LoadOutcome module = moduleMost.settled();
        LoadOutcome storing = storingNoOpMost.settled();
        double ratio = module.perSecond() / storing.perSecond();
        results.figure(NAME, "throughput, " + clients + " clients, the JIT compiler settled", per(module) + failedOf(moduleMost),
                per(storing) + " (storing no-op" + failedOf(storingNoOpMost) + ")", Results.format(ratio), ">= 0.5 of storing no-op",
                ratio >= 0.5 && moduleMost.failures() == 0);
        results.reported(NAME, "the same against the plain no-op (the old goal, >= 0.5)", per(module),
                per(noOpMost.settled()) + " (no-op" + failedOf(noOpMost) + ")", Results.format(module.perSecond() / noOpMost.settled().perSecond()));
        results.reported(NAME, "the same just started (" + warmUp.toSeconds() + " s warm-up), the JIT compiling", per(moduleMost.justStarted()),
                per(storingNoOpMost.justStarted()) + " (storing no-op)",
                Results.format(moduleMost.justStarted().perSecond() / storingNoOpMost.justStarted().perSecond()));
        double p99 = moduleAtRate.latencies().millis(99);
        double noOpP99 = noOpAtRate.latencies().millis(99);
        results.figure(NAME, "p50 / p99 at " + Results.format(rate) + "/s", millis(moduleAtRate), millis(noOpAtRate),
                Results.format(p99 / noOpP99), "p99 < 50 ms at " + Results.format(targetRate) + "/s",
                rate >= targetRate && p99 < 50 && moduleAtRate.failures().total() == 0);
        long failures = moduleMost.failures() + moduleAtRate.failures().total();
        for (int percent : BELOW_SATURATION_PERCENT) {
            LoadOutcome below = OpenLoopLoad.run(module.perSecond() * percent / 100, measured,
                    () -> http.sendAsync(toModule.next(webhook), HttpResponse.BodyHandlers.discarding()));
            report("module.open_at_" + percent + "_percent", below);
            failures += below.failures().total();
        }
        storedExactlyOnce(toModule, failures);
    }

    /**
     * Once the outbox has sent the auto-responses and the callbacks are answered: the callbacks posted against those the
     * module applied (its outbox_delivery_reports_applied counter), and the reports still waiting for their texts.
     */
    private void statusCallbacksApplied(Carrier carrier, double appliedBefore) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonObject counts;
        double applied;
        do {
            Thread.sleep(1000);
            counts = carrier.statusCallbacks();
            applied = metrics.sum("outbox_delivery_reports_applied_total", "") - appliedBefore;
        } while ((applied < counts.getInt("posted") || metrics.sum("outbox_delivery_reports_waiting", "") > 0) && System.nanoTime() < deadline);
        carrier.statusCallbacks(false);
        double waiting = metrics.sum("outbox_delivery_reports_waiting", "");
        results.raw(NAME, "status_callbacks.posted", counts.getInt("posted"));
        results.raw(NAME, "status_callbacks.answered_200", counts.getInt("answered200"));
        results.raw(NAME, "status_callbacks.applied", applied);
        results.raw(NAME, "status_callbacks.waiting", waiting);
        results.figure(NAME, "status callbacks posted the moment each text was taken", Results.format(applied) + " applied",
                counts.getInt("posted") + " posted", Results.format(applied / Math.max(1, counts.getInt("posted"))),
                "all applied", applied == counts.getInt("posted") && waiting == 0);
    }

    private int post(InboundTexts texts, URI target) throws Exception {
        return http.send(texts.next(target), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void storedExactlyOnce(InboundTexts posted, long failures) {
        try (Database database = settings.database()) {
            long stored = database.number("SELECT COUNT(*) FROM message WHERE carrier_sid LIKE ? AND direction = 'INBOUND'", posted.sidPattern());
            long distinct = database.number("SELECT COUNT(DISTINCT carrier_sid) FROM message WHERE carrier_sid LIKE ?", posted.sidPattern());
            long autoResponses = database.number("SELECT COUNT(*) FROM message WHERE kind = 'AUTO_RESPONSE'");
            results.raw(NAME, "posted", posted.posted());
            results.raw(NAME, "failed_posts", failures);
            results.raw(NAME, "stored", stored);
            results.raw(NAME, "stored_distinct_sids", distinct);
            results.raw(NAME, "auto_responses_queued", autoResponses);
            results.figure(NAME, "texts stored", stored + " (" + distinct + " distinct)", posted.posted() + " posted", Results.format((double) stored / posted.posted()),
                    "each exactly once", failures == 0 && stored == posted.posted() && distinct == stored);
        }
    }

    /**
     * One endpoint in a closed loop: a warm-up, the period measured just started, the JIT compiler left to settle, and
     * the same period measured again. Each measured period goes to raw.txt ({@code NAME.closed_just_started},
     * {@code NAME.closed}).
     */
    private ClosedLoop closedLoop(String name, int clients, ClosedLoopLoad.Request request, Duration warmUp, Duration measured,
            Duration settling) throws InterruptedException {
        List<LoadOutcome> periods = ClosedLoopLoad.run(clients, request, warmUp, measured, settling, measured);
        ClosedLoop outcome = new ClosedLoop(periods.get(1), periods.get(3), periods.stream().mapToLong(period -> period.failures().total()).sum());
        report(name + ".closed_just_started", outcome.justStarted());
        report(name + ".closed", outcome.settled());
        // the periods not measured count too: a failed post is a failed post, and its reason says why
        results.raw(NAME, name + ".closed_warm_up.failures", periods.get(0).failures());
        results.raw(NAME, name + ".closed_settling.failures", periods.get(2).failures());
        results.raw(NAME, name + ".closed_all_periods.failures", outcome.failures());
        return outcome;
    }

    /** A closed loop's two measured periods, and the requests that failed in any of its periods. */
    private record ClosedLoop(LoadOutcome justStarted, LoadOutcome settled, long failures) {
    }

    private void report(String run, LoadOutcome outcome) {
        results.raw(NAME, run + ".requests", outcome.requests());
        results.raw(NAME, run + ".seconds", outcome.seconds());
        results.raw(NAME, run + ".per_s", outcome.perSecond());
        results.raw(NAME, run + ".p50_ms", outcome.latencies().millis(50));
        results.raw(NAME, run + ".p99_ms", outcome.latencies().millis(99));
        results.raw(NAME, run + ".failures", outcome.failures());
    }

    /** A baseline that failed requests is no baseline: say so beside its figure. */
    private static String failedOf(ClosedLoop outcome) {
        return outcome.failures() == 0 ? "" : "; " + outcome.failures() + " requests FAILED";
    }

    private static String per(LoadOutcome outcome) {
        return Results.format(outcome.perSecond()) + "/s";
    }

    private static String millis(LoadOutcome outcome) {
        return Results.format(outcome.latencies().millis(50)) + " / " + Results.format(outcome.latencies().millis(99)) + " ms";
    }
}

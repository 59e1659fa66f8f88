package io.textcenter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A diagnostic after the webhook benchmark, on the same database with the server restarted after
 * {@code ALTER DATABASE ... SET log_statement = 'all'}: the SQL statements per received text ({@link StatementsPerText}),
 * for the benchmark's kind of texts posted one at a time.
 */
final class WebhookStatements {

    private static final int WARM_UP = 20;
    private static final int TEXTS = 200;

    private final Settings settings;

    WebhookStatements(Settings settings) {
        this.settings = settings;
    }

    void run() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI webhook = settings.baseUrl().resolve(InboundTexts.INBOUND_PATH);
        InboundTexts texts = new InboundTexts(Account.BENCH, settings.text("base-url"), WebhookBenchmark.LINE, WebhookBenchmark.SENDERS,
                WebhookBenchmark.KEYWORD, "cafe");
        StatementLog log = new StatementLog(settings.path("pg-log"), settings.text("database"));
        long from = 0;
        for (int i = 0; i < WARM_UP + TEXTS; i++) {
            if (i == WARM_UP) {
                from = log.end();
            }
            int status = http.send(texts.next(webhook), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException("the webhook answered " + status);
            }
        }
        Thread.sleep(1000); // let PostgreSQL finish writing its log
        Map<String, Integer> counts = log.countsSince(from);
        StatementsPerText.report(settings.results(), WebhookBenchmark.NAME, counts, TEXTS);
    }
}

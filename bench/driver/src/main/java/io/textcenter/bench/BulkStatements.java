package io.textcenter.bench;

import java.time.Duration;
import java.util.List;

/**
 * A diagnostic after the bulk benchmark, on the same database with the server restarted after
 * {@code ALTER DATABASE ... SET log_statement = 'all'}: the SQL statements per bulk text, from the mutation to the last
 * send (the batch job queueing the texts, the outbox sending them, and the progress polls), for a send to 1,000 of the
 * same appointments on the same 1000-per-second line ({@link StatementsPerText}).
 */
final class BulkStatements {

    private static final int TEXTS = 1000;

    private final Settings settings;

    BulkStatements(Settings settings) {
        this.settings = settings;
    }

    void run() throws Exception {
        String lineId;
        List<String> appointments;
        try (Database database = settings.database()) {
            lineId = database.column("SELECT id FROM sender_line WHERE phone_number = ?", BulkBenchmark.FAST_LINE).get(0);
            appointments = database.column("SELECT id FROM appointment ORDER BY id LIMIT ?", TEXTS);
        }
        StatementLog log = new StatementLog(settings.path("pg-log"), settings.text("database"));
        BulkSends bulkSends = new BulkSends(settings.graphQL("bench-admin", "Administrator"));
        long from = log.end();
        bulkSends.awaitEnd(bulkSends.startFor(appointments, lineId), Duration.ofSeconds(1), Duration.ofMinutes(30));
        Thread.sleep(1000); // let PostgreSQL finish writing its log
        StatementsPerText.report(settings.results(), BulkBenchmark.NAME, log.countsSince(from), appointments.size());
    }
}

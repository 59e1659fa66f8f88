package io.textcenter.bench;

import java.util.Map;

/**
 * SQL statements per inbox query, counted by PostgreSQL itself: bench/run starts the server after
 * {@code ALTER DATABASE ... SET log_statement = 'all'}, so every statement of the server's connections is logged. The
 * same query runs {@code N} times in a row; a statement text logged {@code k} times counts {@code round(k / N)} per
 * query. The outbox sweep (every 2 s) and the bulk-send recovery (every 30 s) log a few statements meanwhile, far
 * fewer than N/2 times, so they round away; a text both they and the query run still counts once per query. Counted
 * apart: BEGIN/COMMIT (a pair per transaction) and the connection pool's check before lending a connection
 * ({@code SELECT 1}, the pool's custom validation in server-config/postgresql.asadmin).
 * Baseline: the same query for the largest page (200), so the ratio shows whether a page's cost grows with its size
 * (a page of a few might hold no customer or no claimed conversation and skip those reads).
 */
final class InboxStatementsBenchmark {

    private static final String NAME = "inbox";
    private static final int REPETITIONS = 50;

    private final Settings settings;
    private final Results results;

    InboxStatementsBenchmark(Settings settings) {
        this.settings = settings;
        this.results = settings.results();
    }

    void run() throws Exception {
        GraphQL agent = settings.graphQL("bench-agent", "TextMessaging");
        StatementLog log = new StatementLog(settings.path("pg-log"), settings.text("database"));
        for (int i = 0; i < 10; i++) {
            InboxQueries.firstPage(agent, 50);
        }
        PerQuery ofFifty = statementsPerQuery(agent, log, 50);
        PerQuery ofMost = statementsPerQuery(agent, log, 200);
        results.figure(NAME, "SQL statements per conversations(first: 50)", ofFifty.text(), ofMost.text() + " (first: 200)",
                Results.format((double) ofFifty.statements() / ofMost.statements()), "same for any page size", ofFifty.equals(ofMost));
    }

    /** Statements per query, the pool's connection checks, and the BEGIN/COMMIT around them (one pair per transaction). */
    private record PerQuery(int statements, int poolValidations, int transactionControl) {

        String text() {
            return statements + " (+" + poolValidations + " SELECT 1, +" + transactionControl + " BEGIN/COMMIT)";
        }
    }

    /** Statements per query, with each statement's share in raw.txt. */
    private PerQuery statementsPerQuery(GraphQL agent, StatementLog log, int first) throws Exception {
        long from = log.end();
        for (int i = 0; i < REPETITIONS; i++) {
            InboxQueries.firstPage(agent, first);
        }
        Thread.sleep(1000); // the log collector writes behind
        int total = 0;
        int poolValidations = 0;
        int transactionControl = 0;
        int statement = 0;
        for (Map.Entry<String, Integer> logged : log.countsSince(from).entrySet()) {
            int perQuery = Math.round((float) logged.getValue() / REPETITIONS);
            if (perQuery == 0) {
                continue;
            }
            if (StatementLog.isTransactionControl(logged.getKey())) {
                transactionControl += perQuery;
            } else if (StatementLog.isPoolValidation(logged.getKey())) {
                poolValidations += perQuery;
            } else {
                total += perQuery;
                results.raw(NAME, "first_" + first + ".statement_" + (++statement), perQuery + "x " + StatementsPerText.abbreviated(logged.getKey()));
            }
        }
        results.raw(NAME, "first_" + first + ".statements_per_query", total);
        results.raw(NAME, "first_" + first + ".pool_validations_per_query", poolValidations);
        results.raw(NAME, "first_" + first + ".transaction_control_per_query", transactionControl);
        return new PerQuery(total, poolValidations, transactionControl);
    }
}

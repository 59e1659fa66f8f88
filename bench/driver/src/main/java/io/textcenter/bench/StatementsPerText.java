package io.textcenter.bench;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where a text's time goes in the database: the statements PostgreSQL logged while the server handled {@code texts}
 * texts, per text (a mean: some statements run for only some texts, e.g. a new conversation, an auto-response), with
 * the most frequent ones, into raw.txt. The server's own timers (the outbox sweep every 2 s) add a few statements
 * per second, a small share when the texts come fast.
 */
final class StatementsPerText {

    private static final int LISTED = 20;

    private StatementsPerText() {
    }

    /** Reports the statements and returns how many there were per text. */
    static double report(Results results, String benchmark, Map<String, Integer> counts, int texts) {
        long statements = sum(counts, StatementLog::isWork);
        long transactionControl = sum(counts, StatementLog::isTransactionControl);
        long poolValidations = sum(counts, StatementLog::isPoolValidation);
        results.raw(benchmark, "sql.texts", texts);
        results.raw(benchmark, "sql.statements_per_text", (double) statements / texts);
        results.raw(benchmark, "sql.pool_validations_per_text", (double) poolValidations / texts);
        results.raw(benchmark, "sql.begin_commit_per_text", (double) transactionControl / texts);
        counts.entrySet().stream()
                .filter(entry -> StatementLog.isWork(entry.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(LISTED)
                .forEach(entry -> results.raw(benchmark, "sql.statement",
                        String.format(Locale.ROOT, "%.2fx %s", (double) entry.getValue() / texts, abbreviated(entry.getKey()))));
        return (double) statements / texts;
    }

    private static long sum(Map<String, Integer> counts, Predicate<String> kind) {
        return counts.entrySet().stream().filter(entry -> kind.test(entry.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    static String abbreviated(String sql) {
        return sql.length() > 160 ? sql.substring(0, 160) + "..." : sql;
    }
}

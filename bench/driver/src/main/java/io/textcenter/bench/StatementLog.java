package io.textcenter.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements PostgreSQL logged for one database ({@code log_statement = 'all'}, log_line_prefix
 * {@code %m [%p] %q%u@%d }), read from a point in the server's log file onwards, counted per statement text.
 */
final class StatementLog {

    private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "COMMIT", "ROLLBACK");
    private static final String POOL_VALIDATION = "SELECT 1";

    private final Path file;
    private final Pattern statement;

    StatementLog(Path file, String database) {
        this.file = file;
        this.statement = Pattern.compile("@" + Pattern.quote(database) + " LOG:  (?:execute [^:]+|statement): (.*)$");
    }

    /** Where the log ends now: count from here. */
    long end() throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            return log.length();
        }
    }

    /** How often each statement text was logged since {@code from}. */
    Map<String, Integer> countsSince(long from) throws IOException {
        byte[] bytes;
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            log.seek(from);
            bytes = new byte[(int) (log.length() - from)];
            log.readFully(bytes);
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            Matcher logged = statement.matcher(line);
            if (logged.find()) {
                counts.merge(logged.group(1).strip(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** BEGIN, COMMIT or ROLLBACK: a pair per transaction, not the work itself. */
    static boolean isTransactionControl(String statement) {
        return TRANSACTION_CONTROL.contains(statement);
    }

    /** The connection pool's check before it lends a connection (custom validation in server-config/postgresql.asadmin). */
    static boolean isPoolValidation(String statement) {
        return POOL_VALIDATION.equals(statement);
    }

    /** Neither transaction control nor the pool's check: a statement the application asked for. */
    static boolean isWork(String statement) {
        return !isTransactionControl(statement) && !isPoolValidation(statement);
    }
}

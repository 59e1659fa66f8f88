package io.textcenter.messaging.web.crash;

import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.MicroProcess;
import io.textcenter.messaging.web.support.SharedModule;
import io.textcenter.messaging.web.support.Webhooks;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The database restarts while Twilio posts texts. For twelve seconds PostgreSQL drops the module's connections and
 * refuses new ones, as a restart looks to the module. Webhooks that could not be stored are answered 503 within Twilio's
 * 15 seconds, and once the database is back every text is stored exactly once: retried by Twilio (with the connection
 * override that makes it retry a 503), or read back from its message log (without). Texts of both kinds come to two
 * lines during one restart. Runs with -Ppostgresql.
 */
@Isolated("it takes the shared server's database away for twelve seconds")
@TestInstance(Lifecycle.PER_CLASS)
class DatabaseRestartIT extends AgainstTheDeployedModule {

    private static final int TEXTS_PER_LINE = 120;
    private static final int POSTERS = 4;
    private static final Duration TWILIO_PATIENCE = Duration.ofSeconds(15);
    /** Longer than a request waits for a database connection (10 s): a shorter restart only slows webhooks down. */
    private static final Duration OUTAGE = Duration.ofSeconds(12);

    private Center center;
    /** Twilio retries the webhooks of this line that were answered 503. */
    private Line retriedLine;
    /** Twilio never retries the webhooks of this line; its texts are in Twilio's message log. */
    private Line readBackLine;
    /** The webhooks answered other than 200 while the database was away, with their answers. */
    private Map<Map<String, String>, Integer> refused;

    @BeforeAll
    void restartTheDatabaseWhileTwilioPostsTextsToTwoLines() throws Exception {
        center = Center.withFakeTwilio(server());
        retriedLine = center.line("TWO_WAY");
        readBackLine = center.line("TWO_WAY");
        FakeTwilio twilio = FakeTwilio.instance();
        List<Map<String, String>> texts = IntStream.range(0, TEXTS_PER_LINE)
                .boxed()
                .flatMap(i -> {
                    String from = e164(localMobile());
                    String body = "Text " + i;
                    return Stream.of(
                            Webhooks.text(messageSid(), e164(localMobile()), retriedLine.number(), body),
                            Webhooks.text(
                                    twilio.received(from, readBackLine.number(), body, Instant.now()),
                                    from,
                                    readBackLine.number(),
                                    body));
                })
                .toList();
        refused = postDuringOutage(texts);
    }

    @Test
    void textsPostedWhileTheDatabaseRestartsAreStoredOnceWhenTwilioRetriesThem() throws Exception {
        List<Map<String, String>> retried = refusedTo(retriedLine);
        assertFalse(retried.isEmpty(), "none of the line's webhooks came while the database was away");
        for (Map<String, String> text : retried) {
            await().atMost(Duration.ofMinutes(1))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> center.webhooks().inbound(text).statusCode() == 200);
        }
        assertStoredOnceEach(retriedLine);
    }

    /**
     * Twilio's default webhook policy retries neither a 503 nor a webhook to a server it cannot reach: the texts it
     * holds in its message log are read back by the module's reconciliation (every 3 s here), each stored once.
     */
    @Test
    void textsAnswered503AndNeverRetriedAreReadBackFromTheCarriersLog() throws Exception {
        assertFalse(refusedTo(readBackLine).isEmpty(), "none of the line's webhooks came while the database was away");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> storedInbound(readBackLine)[0] >= TEXTS_PER_LINE);
        assertStoredOnceEach(readBackLine);
    }

    private List<Map<String, String>> refusedTo(Line line) {
        return refused.keySet().stream()
                .filter(text -> text.get("To").equals(line.number()))
                .toList();
    }

    /** Posts the texts as Twilio would, once each, while the database goes away for a while; the webhooks refused. */
    private Map<Map<String, String>, Integer> postDuringOutage(List<Map<String, String>> texts) throws Exception {
        Map<Map<String, String>, Integer> refused = new ConcurrentHashMap<>();
        ExecutorService twilio = Executors.newFixedThreadPool(POSTERS);
        try {
            List<Future<?>> posting = new ArrayList<>();
            for (int poster = 0; poster < POSTERS; poster++) {
                int first = poster;
                posting.add(twilio.submit(() -> {
                    for (int i = first; i < texts.size(); i += POSTERS) {
                        long started = System.nanoTime();
                        HttpResponse<String> answer = center.webhooks().inbound(texts.get(i));
                        Duration took = Duration.ofNanos(System.nanoTime() - started);
                        assertTrue(took.compareTo(TWILIO_PATIENCE) < 0, "answered after " + took);
                        if (answer.statusCode() != 200) {
                            refused.put(texts.get(i), answer.statusCode());
                        }
                        pause(Duration.ofMillis(100));
                    }
                }));
            }
            pause(Duration.ofMillis(1500));
            try {
                dropConnectionsAndRefuseNew(true);
                pause(OUTAGE);
            } finally {
                dropConnectionsAndRefuseNew(false);
            }
            for (Future<?> poster : posting) {
                poster.get();
            }
        } finally {
            twilio.shutdown();
        }
        System.out.printf(
                "database restart: %d of %d webhooks answered %s%n",
                refused.size(),
                texts.size(),
                Map.copyOf(refused).values().stream().distinct().toList());
        assertFalse(refused.isEmpty(), "no webhook came while the database was away");
        assertTrue(
                refused.values().stream().allMatch(status -> status == 503),
                "answers to unstored webhooks: " + refused.values());
        return refused;
    }

    private void assertStoredOnceEach(Line line) throws SQLException {
        int[] stored = storedInbound(line);
        assertEquals(TEXTS_PER_LINE, stored[0], "inbound texts stored");
        assertEquals(TEXTS_PER_LINE, stored[1], "distinct MessageSids");
    }

    /** The line's inbound texts in the database: how many, and how many distinct MessageSids. */
    private int[] storedInbound(Line line) throws SQLException {
        try (Connection db = connectTo(SharedModule.DATABASE);
                ResultSet stored = db.createStatement()
                        .executeQuery("SELECT count(*), count(DISTINCT m.carrier_sid) FROM message m"
                                + " JOIN conversation c ON c.id = m.conversation_id WHERE c.line_id = "
                                + Long.parseLong(line.id()) + " AND m.direction = 'INBOUND'")) {
            stored.next();
            return new int[] {stored.getInt(1), stored.getInt(2)};
        }
    }

    /**
     * While {@code away}, the module's database accepts no connections and those it had are ended, as in a restart;
     * otherwise it accepts them again.
     */
    private static void dropConnectionsAndRefuseNew(boolean away) throws SQLException {
        try (Connection postgres = connectTo("postgres");
                var statement = postgres.createStatement()) {
            statement.execute("ALTER DATABASE " + SharedModule.DATABASE + " WITH ALLOW_CONNECTIONS " + !away);
            if (away) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + SharedModule.DATABASE + "'");
            }
        }
    }

    private static Connection connectTo(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + MicroProcess.POSTGRESQL_PORT + "/" + database, "postgres", "postgres");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

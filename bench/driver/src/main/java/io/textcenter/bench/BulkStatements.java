package io.textcenter.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A diagnostic after the bulk benchmark, on the same database with the server restarted after
 * {@code ALTER DATABASE ... SET log_statement = 'all'}: the SQL statements per bulk text, from the mutation to the last
 * send (the batch job queueing the texts, the outbox sending them, and the progress polls), for a send to 1,000 of the
 * same appointments on the same 1000-per-second line ({@link StatementsPerText}). Then the same for the next 1,000
 * appointments while agents watch the inbox ({@link LiveSubscribers}): what the live updates add.
 */
final class BulkStatements {

    private static final int TEXTS = 1000;
    private static final int WATCHING_AGENTS = 20;
    private static final String WATCHED = BulkBenchmark.NAME + ".watched";

    private final Settings settings;

    BulkStatements(Settings settings) {
        this.settings = settings;
    }

    void run() throws Exception {
        String lineId;
        List<String> appointments;
        try (Database database = settings.database()) {
            lineId = database.column("SELECT id FROM sender_line WHERE phone_number = ?", BulkBenchmark.FAST_LINE).get(0);
            appointments = database.column("SELECT id FROM appointment ORDER BY id LIMIT ?", 2 * TEXTS);
        }
        Results results = settings.results();
        StatementLog log = new StatementLog(settings.path("pg-log"), settings.text("database"));
        BulkSends bulkSends = new BulkSends(settings.graphQL("bench-admin", "Administrator"));

        double unwatched = StatementsPerText.report(results, BulkBenchmark.NAME, statementsOfSend(log, bulkSends, appointments.subList(0, TEXTS), lineId), TEXTS);

        List<String> agentTokens = IntStream.rangeClosed(1, WATCHING_AGENTS)
                .mapToObj(agent -> DevToken.issue(settings.path("dev-token"), "bench-agent-" + agent, "TextMessaging")).toList();
        try (LiveSubscribers agents = new LiveSubscribers(settings.baseUrl(), agentTokens)) {
            Thread.sleep(1000); // the subscriptions have no acknowledgement: give the server a moment to set them up
            Map<String, Integer> counts = statementsOfSend(log, bulkSends, appointments.subList(TEXTS, 2 * TEXTS), lineId);
            double watched = StatementsPerText.report(results, WATCHED, counts, TEXTS);
            Duration lastChangeAfter = agents.awaitQuiet(Duration.ofSeconds(1), Duration.ofMinutes(2));
            results.raw(WATCHED, "agents", WATCHING_AGENTS);
            results.raw(WATCHED, "changes_received_per_agent_per_text", (double) agents.changes() / WATCHING_AGENTS / TEXTS);
            results.raw(WATCHED, "events_received_per_agent_per_text", (double) agents.events() / WATCHING_AGENTS / TEXTS);
            results.raw(WATCHED, "fewest_conversations_one_agent_saw", agents.fewestConversationsSeen());
            results.raw(WATCHED, "seconds_from_the_sends_end_to_the_last_change", (double) (lastChangeAfter.toMillis() + 1000) / 1000);
            results.raw(WATCHED, "subscriptions_ended", agents.endings().size());
            agents.endings().stream().limit(1).forEach(ending -> results.raw(WATCHED, "first_ending", ending));
            results.reported(BulkBenchmark.NAME, "conversations each of " + WATCHING_AGENTS + " agents saw change, live",
                    "at least " + agents.fewestConversationsSeen(), TEXTS + " texted", Results.format((double) agents.fewestConversationsSeen() / TEXTS));
            results.reported(BulkBenchmark.NAME, "SQL statements per text, " + WATCHING_AGENTS + " agents watching the inbox",
                    Results.format(watched), Results.format(unwatched) + " (nobody watching)", Results.format(watched / unwatched));
        }
    }

    private static Map<String, Integer> statementsOfSend(StatementLog log, BulkSends bulkSends, List<String> appointments, String lineId)
            throws Exception {
        long from = log.end();
        bulkSends.awaitEnd(bulkSends.startFor(appointments, lineId), Duration.ofSeconds(1), Duration.ofMinutes(30));
        Thread.sleep(1000); // let PostgreSQL finish writing its log, and the live updates theirs
        return log.countsSince(from);
    }
}

package io.textcenter.messaging.web.crash;

import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.unusedDay;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.MicroProcess;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server is killed (no clean stop) while a bulk send is being queued and dispatched and texts are scheduled for
 * later, and started again on the same PostgreSQL database. Every recipient of the bulk send is texted exactly once
 * (the fake carrier's log) and no message is left QUEUED or SENDING: texts that were SENDING at the kill are settled
 * from the carrier's message log, and the bulk send's job is taken up again when its lease runs out. The scheduled
 * texts go out once at their time, after the restart. One kill serves both, as each boot costs a quarter of a minute.
 * Runs with -Ppostgresql (an embedded H2 does not outlive its server).
 */
class CrashIT {

    private static final String DATABASE = "messaging_crash";
    private static final int RECIPIENTS = 800;
    private static final FakeTwilio twilio = FakeTwilio.instance();

    private static Line bulkLine;
    private static List<String> bulkRecipients;
    private static String bulkSend;
    private static List<String> scheduledRecipients;
    private static OffsetDateTime scheduledFor;
    private static List<String> scheduledTextsTakenBeforeTheRestart;
    private static MicroProcess restarted;

    @BeforeAll
    static void killTheServerDuringABulkSendWithTextsScheduledAndStartAnother() throws SQLException {
        try (MicroProcess first = MicroProcess.single("crash-first", DATABASE)) {
            Center center = Center.withFakeTwilio(first.server());
            bulkLine = center.line("TWO_WAY", 50);
            Line scheduledLine = center.line("TWO_WAY", 10);
            LocalDate day = unusedDay();
            bulkRecipients = center.customersWithAppointments(RECIPIENTS, day);
            scheduledRecipients =
                    IntStream.range(0, 5).mapToObj(i -> e164(localMobile())).toList();
            // the second server's boot takes about 20 s: the scheduled texts fall due while it starts or just after
            scheduledFor = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(25);
            scheduledRecipients.forEach(
                    mobile -> center.scheduleText(scheduledLine, mobile, "Your technician comes at 2", scheduledFor));
            bulkSend = center.startBulkCustomerSend(day, bulkLine, "Hi {CustomerFirstName}, please confirm.");
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> twilio.textsFrom(bulkLine.number()).size() >= 3);
            first.kill();
        }
        System.out.printf(
                "killed with %d texts taken by the carrier; messages by status: %s%n",
                twilio.textsFrom(bulkLine.number()).size(), statuses(bulkLine));
        scheduledTextsTakenBeforeTheRestart = scheduledRecipients.stream()
                .flatMap(mobile -> twilio.acceptedSids(mobile).stream())
                .toList();
        restarted = MicroProcess.single("crash-second", DATABASE);
    }

    @AfterAll
    static void stop() {
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void everyRecipientOfTheBulkSendIsTextedOnceAfterTheRestart() throws Exception {
        Center center = Center.withFakeTwilio(restarted.server());
        JsonObject completed = center.awaitBulkSendCompleted(bulkSend);
        assertEquals(RECIPIENTS, completed.getInt("sent"), completed::toString);
        for (String mobile : bulkRecipients) {
            assertEquals(1, twilio.acceptedSids(mobile).size(), "texts taken for " + mobile);
        }
        assertEquals(Map.of("SENT", RECIPIENTS), statuses(bulkLine), "messages of the line by status");
    }

    @Test
    void textsScheduledBeforeTheKillGoOutOnceAtTheirTimeAfterTheRestart() {
        assertEquals(List.of(), scheduledTextsTakenBeforeTheRestart, "nothing before its time");
        twilio.awaitOneTextEach(scheduledRecipients, scheduledFor.toInstant(), Duration.ofMinutes(1));
    }

    private static Map<String, Integer> statuses(Line line) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "postgres");
                ResultSet rows = db.createStatement()
                        .executeQuery("SELECT m.delivery_status, count(*) FROM message m JOIN conversation c"
                                + " ON c.id = m.conversation_id WHERE c.line_id = " + Long.parseLong(line.id())
                                + " GROUP BY m.delivery_status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }
}

package io.textcenter.messaging.web.crash;

import static io.textcenter.messaging.web.support.Fixtures.agentToken;
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
import org.junit.jupiter.api.Test;

/**
 * The server is killed (no clean stop) while a bulk send is being queued and dispatched, and started again on the same
 * PostgreSQL database: every recipient is texted exactly once (the fake carrier's log) and no message is left QUEUED or
 * SENDING. Texts that were SENDING at the kill are settled from the carrier's message log; the bulk send's job is taken
 * up again when its lease runs out. Texts scheduled before a kill go out once at their time, after the restart. Runs
 * with -Ppostgresql (an embedded H2 does not outlive its server).
 */
class CrashIT {

    private static final String DATABASE = "messaging_crash";
    private static final int RECIPIENTS = 800;

    private final FakeTwilio twilio = FakeTwilio.instance();

    @Test
    void aServerKilledDuringABulkSendTextsEveryRecipientOnceAfterItsRestart() throws Exception {
        LocalDate day = unusedDay();
        Line line;
        List<String> mobiles;
        String bulkSend;
        try (MicroProcess first = MicroProcess.single("crash-first", DATABASE)) {
            Center center = Center.withFakeTwilio(first.server());
            line = center.line("TWO_WAY", 50);
            mobiles = center.customersWithAppointments(RECIPIENTS, day);
            bulkSend = center.graphQL()
                    .call(
                            agentToken(),
                            "mutation($input: BulkCustomerSendInput!) { startBulkCustomerSend(input: $input) { id } }",
                            "input",
                            Map.of(
                                    "date",
                                    day.toString(),
                                    "lineId",
                                    line.id(),
                                    "body",
                                    "Hi {CustomerFirstName}, please confirm."))
                    .string("startBulkCustomerSend.id");
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> twilio.textsFrom(line.number()).size() >= 3);
            first.kill();
        }
        System.out.printf(
                "killed with %d texts taken by the carrier; messages by status: %s%n",
                twilio.textsFrom(line.number()).size(), statuses(line));

        try (MicroProcess second = MicroProcess.single("crash-second", DATABASE)) {
            Center center = Center.withFakeTwilio(second.server());
            JsonObject completed = await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(
                            () -> center.graphQL()
                                    .call(
                                            agentToken(),
                                            "query($id: ID!) { bulkSend(id: $id) { status total sent skipped failed } }",
                                            "id",
                                            bulkSend)
                                    .data("bulkSend")
                                    .asJsonObject(),
                            bulk -> bulk.getString("status").equals("COMPLETED"));
            assertEquals(RECIPIENTS, completed.getInt("sent"), completed::toString);
        }

        for (String mobile : mobiles) {
            assertEquals(1, twilio.acceptedSids(mobile).size(), "texts taken for " + mobile);
        }
        assertEquals(Map.of("SENT", RECIPIENTS), statuses(line), "messages of the line by status");
    }

    @Test
    void scheduledTextsOutliveAServerKilledBeforeTheirTimeAndGoOutOnceAfterIt() {
        Line line;
        List<String> mobiles =
                IntStream.range(0, 5).mapToObj(i -> e164(localMobile())).toList();
        OffsetDateTime sendAt;
        try (MicroProcess first = MicroProcess.single("crash-scheduled-first", DATABASE)) {
            Center center = Center.withFakeTwilio(first.server());
            line = center.line("TWO_WAY", 10);
            // the second server's boot takes about 20 s: the texts fall due while it starts or just after
            sendAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(25);
            mobiles.forEach(mobile -> center.scheduleText(line, mobile, "Your technician comes at 2", sendAt));
            first.kill();
        }
        mobiles.forEach(mobile -> assertEquals(List.of(), twilio.acceptedSids(mobile), "nothing before its time"));

        try (MicroProcess second = MicroProcess.single("crash-scheduled-second", DATABASE)) {
            twilio.awaitOneTextEach(mobiles, sendAt.toInstant(), Duration.ofMinutes(1));
        }
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

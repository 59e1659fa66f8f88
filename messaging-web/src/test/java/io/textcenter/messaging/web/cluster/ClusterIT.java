package io.textcenter.messaging.web.cluster;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static io.textcenter.messaging.web.support.Fixtures.unusedDay;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.LiveInbox;
import io.textcenter.messaging.web.support.MicroProcess;
import io.textcenter.messaging.web.support.Webhooks;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two Payara Micro instances in one data grid on one PostgreSQL database, as behind a load balancer: webhooks and
 * GraphQL calls land on either. Runs with -Ppostgresql (it needs PostgreSQL). The tests run side by side (the class
 * itself after the others, as one server or cluster runs at a time), each on lines and numbers of its own, as the
 * instances' users would; the one that measures the line's pace does not share the processors with the one that floods
 * the instances with webhooks.
 */
class ClusterIT {

    private static final String PROCESSORS = "the machine's processors";

    private static final String DATABASE = "messaging_cluster";
    private static final double LINE_RATE = 20;
    /** Twelve seconds of the line's rate: long enough for both instances to take turns many times over. */
    private static final int BULK_RECIPIENTS = 250;

    private static final double ARRIVAL_JITTER_SECONDS = 0.25;
    private static final String SUBSCRIPTION = "subscription { conversationChanged { id } }";
    /** As MicroProcess starts the instances. */
    private static final Duration RECONCILE_INTERVAL = Duration.ofSeconds(3);

    private static List<MicroProcess> instances;
    private static Center centerA;
    private static Center centerB;
    private final FakeTwilio twilio = FakeTwilio.instance();

    @BeforeAll
    static void startCluster() {
        instances = MicroProcess.cluster("textcenter-it", DATABASE, List.of("cluster-a", "cluster-b"));
        centerA = Center.withFakeTwilio(instances.get(0).server());
        centerB = Center.sameAccountAs(centerA, instances.get(1).server());
    }

    @AfterAll
    static void stopCluster() {
        if (instances != null) {
            instances.forEach(MicroProcess::close);
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void scheduledTextsGoOutOnceEachAtTheirTimeThoughBothInstancesSweepForThem() {
        Line line = centerA.line("TWO_WAY", LINE_RATE);
        // far enough ahead that all 20 are scheduled before it, even while the other tests load both instances
        OffsetDateTime sendAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(20);
        List<String> mobiles =
                IntStream.range(0, 20).mapToObj(i -> e164(localMobile())).toList();
        for (int i = 0; i < mobiles.size(); i++) {
            (i % 2 == 0 ? centerA : centerB).scheduleText(line, mobiles.get(i), "Your visit is today", sendAt);
        }

        twilio.awaitOneTextEach(mobiles, sendAt.toInstant(), Duration.ofSeconds(60));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aSubscriberOnOneInstanceSeesATextThatArrivedOnTheOther() throws Exception {
        Line line = centerA.line("TWO_WAY");
        try (LiveInbox inbox = LiveInbox.subscribe(instances.get(0).server(), agentToken(), SUBSCRIPTION)) {
            inbox.awaitReady(() -> centerA.webhooks()
                    .inbound(Webhooks.text(messageSid(), e164(localMobile()), line.number(), "probe")));
            String customer = e164(localMobile());
            assertEquals(
                    200,
                    centerB.webhooks()
                            .inbound(Webhooks.text(messageSid(), customer, line.number(), "Arrived on B"))
                            .statusCode());
            String conversation = centerB.graphQL()
                    .call(
                            agentToken(),
                            "query($f: ConversationFilter) { conversations(filter: $f) { items { id } } }",
                            "f",
                            Map.of("search", customer.substring(2)))
                    .array("conversations.items")
                    .getJsonObject(0)
                    .getString("id");
            JsonObject event;
            do {
                event = inbox.next(Duration.ofSeconds(10));
                assertNotNull(event, "no change reached the subscriber on instance A");
            } while (!conversation.equals(event.getJsonObject("payload")
                    .getJsonObject("data")
                    .getJsonObject("conversationChanged")
                    .getString("id")));
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(PROCESSORS)
    void webhooksSpreadOverBothInstancesAreEachStoredOnce() throws Exception {
        Line line = centerA.line("TWO_WAY");
        List<Map<String, String>> texts = IntStream.range(0, 300)
                .mapToObj(i -> Webhooks.text(messageSid(), e164(localMobile()), line.number(), "Text " + i))
                .toList();
        ExecutorService posters = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Map<String, String> text = texts.get(i);
                answers.add(posters.submit(
                        () -> (text.hashCode() % 2 == 0 ? centerA.webhooks() : centerB.webhooks()).inbound(text)));
                if (i % 10 == 0) {
                    // Twilio retrying a text whose answer it missed, and the retry reaching the other instance
                    answers.add(posters.submit(
                            () -> (text.hashCode() % 2 == 0 ? centerB.webhooks() : centerA.webhooks()).inbound(text)));
                }
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertEquals(200, answer.get().statusCode(), answer.get()::body);
            }
        } finally {
            posters.shutdown();
        }
        assertArrayEquals(new int[] {300, 300}, storedInbound(line), "inbound texts stored, and distinct MessageSids");
    }

    /**
     * Both instances read Twilio's log every 3 s, but one at a time: over a stretch of readings, the line's log was read
     * at most once per interval (two instances reading side by side would read it twice), and each text was stored once.
     */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void textsReadBackFromTheCarriersLogAreStoredOnceByOneInstanceAtATime() throws Exception {
        Line line = centerA.line("TWO_WAY");
        Instant first = Instant.now();
        List<String> sids = IntStream.range(0, 40)
                .mapToObj(i -> twilio.received(e164(localMobile()), line.number(), "Missed " + i, first))
                .toList();

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> storedInbound(line)[0] >= sids.size());
        int readsBefore = twilio.logReadsFor(line.number());
        Instant watchFrom = Instant.now();
        Thread.sleep(RECONCILE_INTERVAL.multipliedBy(5).toMillis());
        int reads = twilio.logReadsFor(line.number()) - readsBefore;
        long intervals = Duration.between(watchFrom, Instant.now()).dividedBy(RECONCILE_INTERVAL);

        assertTrue(
                reads >= 1 && reads <= intervals + 1,
                reads + " readings of the line's log in " + intervals + " intervals");
        assertArrayEquals(
                new int[] {sids.size(), sids.size()}, storedInbound(line), "stored, and distinct MessageSids");
    }

    /** The line's inbound texts in the database: how many, and how many distinct MessageSids. */
    private static int[] storedInbound(Line line) throws SQLException {
        try (Connection db = database();
                ResultSet stored = db.createStatement()
                        .executeQuery(
                                "SELECT count(*), count(DISTINCT m.carrier_sid) FROM message m JOIN conversation c ON c.id = m.conversation_id"
                                        + " WHERE c.line_id = " + Long.parseLong(line.id())
                                        + " AND m.direction = 'INBOUND'")) {
            stored.next();
            return new int[] {stored.getInt(1), stored.getInt(2)};
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(PROCESSORS)
    void aBulkSendTextsEveryRecipientOnceAndBothInstancesTogetherKeepTheLinesRate() throws Exception {
        LocalDate day = unusedDay();
        Line line = centerA.line("TWO_WAY", LINE_RATE);
        List<String> mobiles = centerA.customersWithAppointments(BULK_RECIPIENTS, day);

        String id = centerB.startBulkCustomerSend(day, line, "Hi {CustomerFirstName}, see you tomorrow.");
        JsonObject completed = centerA.awaitBulkSendCompleted(id);
        assertEquals(BULK_RECIPIENTS, completed.getInt("sent"), completed::toString);

        for (String mobile : mobiles) {
            assertEquals(1, twilio.textsTo(mobile).size(), "texts to " + mobile);
        }
        List<Long> sentAt = twilio.textsFrom(line.number()).stream()
                .map(LoggedRequest::getLoggedDate)
                .map(java.util.Date::getTime)
                .sorted()
                .toList();
        assertEquals(BULK_RECIPIENTS, sentAt.size());
        double seconds = (sentAt.get(sentAt.size() - 1) - sentAt.get(0)) / 1000.0;
        double averageRate = (sentAt.size() - 1) / seconds;
        int busiestSecond = busiestWindow(sentAt, 1000);
        System.out.printf(
                "cluster bulk send: %d texts in %.1f s, %.2f per second on average, at most %d in any second (line rate %.0f)%n",
                BULK_RECIPIENTS, seconds, averageRate, busiestSecond, LINE_RATE);
        // the first text may reach the fake late too, which shortens the span measured by as much
        double fewestSeconds = (sentAt.size() - 1) / (LINE_RATE * 1.01) - ARRIVAL_JITTER_SECONDS;
        assertTrue(seconds >= fewestSeconds, "average rate " + averageRate);
        // texts are handed over at their slots, at most one slot's spacing late (the dispatcher puts back any later
        // one), but reach the fake later still when a process stalls on its way there (two servers, the database and
        // this test share two cores): a second of arrivals may hold the texts of a quarter of a second more, never a
        // burst
        assertTrue(
                busiestSecond <= LINE_RATE * (1 + ARRIVAL_JITTER_SECONDS) + 2,
                "texts in the busiest second: " + busiestSecond);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aStatusChangeReportedOnBothInstancesAtOnceTextsTheCustomerOnce() throws Exception {
        centerA.line("OUTBOUND_ONLY");
        String mobile = e164(localMobile());
        String customer = centerA.customer("Both Reported", mobile);
        String technician = centerA.graphQL()
                .call(
                        adminToken(),
                        "mutation($input: EmployeeInput!) { saveEmployee(input: $input) { id } }",
                        "input",
                        Map.of(
                                "name",
                                "Tess Tech",
                                "loginId",
                                "tess" + System.nanoTime(),
                                "mobile",
                                e164(localMobile())))
                .string("saveEmployee.id");
        String appointment = centerA.graphQL()
                .call(
                        adminToken(),
                        "mutation($input: AppointmentInput!) { saveAppointment(input: $input) { id } }",
                        "input",
                        Map.of("customerId", customer, "technicianId", technician, "start", "2041-06-01T15:00:00Z"))
                .string("saveAppointment.id");
        String change = "mutation($id: ID!) { changeAppointmentStatus(appointmentId: $id, status: IN_ROUTE) { id } }";

        ExecutorService hosts = Executors.newFixedThreadPool(2);
        try {
            Future<?> onA = hosts.submit(() -> centerA.graphQL().call(adminToken(), change, "id", appointment));
            Future<?> onB = hosts.submit(() -> centerB.graphQL().call(adminToken(), change, "id", appointment));
            onA.get();
            onB.get();
        } finally {
            hosts.shutdown();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> twilio.textsTo(mobile).size() == 1);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> twilio.textsTo(mobile).size() == 1);
    }

    private static int busiestWindow(List<Long> sortedMillis, long windowMillis) {
        int busiest = 0;
        int start = 0;
        for (int end = 0; end < sortedMillis.size(); end++) {
            while (sortedMillis.get(end) - sortedMillis.get(start) >= windowMillis) {
                start++;
            }
            busiest = Math.max(busiest, end - start + 1);
        }
        return busiest;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "postgres");
    }
}

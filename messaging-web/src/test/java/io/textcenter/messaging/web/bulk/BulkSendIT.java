package io.textcenter.messaging.web.bulk;

import static io.textcenter.messaging.web.support.Fixtures.TOKENS;
import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static io.textcenter.messaging.web.support.Fixtures.unusedDay;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.Webhooks;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Bulk sends as Jakarta Batch jobs: everyone texted once with their own merge fields, safe to stop and restart. */
@ResourceLock(AgainstTheDeployedModule.COMPANY_PROFILE)
class BulkSendIT extends AgainstTheDeployedModule {

    private static final String STATUS =
            "query($id: ID!) { bulkSend(id: $id) { id kind status total sent skipped failed startedAt endedAt } }";
    private static final String START_CUSTOMERS =
            "mutation($input: BulkCustomerSendInput!) { startBulkCustomerSend(input: $input) { id kind status total } }";

    private final FakeTwilio twilio = FakeTwilio.instance();
    private Center center;
    private GraphQL graphQL;

    @BeforeEach
    void connect() {
        center = Center.withFakeTwilio(server());
        graphQL = center.graphQL();
        graphQL.call(
                        adminToken(),
                        "mutation { updateCompanySettings(input: {name: \"Acme Plumbing\", timeZone: \"UTC\"}) { name } }")
                .data("updateCompanySettings");
    }

    @Test
    void aDaysCustomersAreEachTextedOnceAndTheUnreachableSkipped() {
        Line line = center.line("TWO_WAY");
        LocalDate day = unusedDay();
        Map<String, String> firstNameByReachable = new HashMap<>();
        for (int i = 0; i < 25; i++) {
            String mobile = i == 0 ? null : e164(localMobile());
            Map<String, Object> customer = new HashMap<>(Map.of("name", "Customer" + i + " Smith"));
            if (mobile != null) {
                customer.put("mobile", mobile);
            }
            String id = graphQL.call(
                            adminToken(),
                            "mutation($input: CustomerInput!) { saveCustomer(input: $input) { id } }",
                            "input",
                            customer)
                    .string("saveCustomer.id");
            appointment(id, day + "T" + String.format("%02d", 8 + i % 10) + ":00:00Z");
            if (i == 1) {
                center.webhooks().inbound(Webhooks.text(messageSid(), mobile, line.number(), "STOP"));
            } else if (mobile != null) {
                firstNameByReachable.put(mobile, "Customer" + i);
            }
        }

        var started = graphQL.call(
                agentToken(),
                START_CUSTOMERS,
                "input",
                Map.of(
                        "date",
                        day.toString(),
                        "lineId",
                        line.id(),
                        "body",
                        "Hi {CustomerFirstName}, reply CONFIRM to confirm {AppointmentDate}."));
        String id = started.string("startBulkCustomerSend.id");
        assertEquals("CUSTOMERS", started.string("startBulkCustomerSend.kind"));

        JsonObject done = awaitStatus(id, "COMPLETED", Duration.ofSeconds(60));
        assertEquals(25, done.getInt("total"));
        assertEquals(23, done.getInt("sent"));
        assertEquals(2, done.getInt("skipped"), "no mobile, opted out");
        assertEquals(0, done.getInt("failed"));
        assertTrue(!done.isNull("endedAt"), done::toString);
        firstNameByReachable.forEach((mobile, firstName) -> {
            assertEquals(1, twilio.textsTo(mobile).size(), mobile);
            String body = FakeTwilio.parameter(twilio.textsTo(mobile).get(0), "Body");
            assertTrue(body.startsWith("Hi " + firstName + ", reply CONFIRM to confirm "), body);
        });
        assertTrue(graphQL.call(agentToken(), "{ bulkSends { id } }")
                .array("bulkSends")
                .toString()
                .contains("\"" + id + "\""));
    }

    @Test
    void aStoppedSendRestartedTextsEveryRemainingRecipientOnceAndNobodyTwice() {
        Line slow = slowLine();
        LocalDate day = unusedDay();
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mobiles.add(e164(localMobile()));
            appointment(center.customer("Slow" + i, mobiles.get(i)), day + "T10:00:00Z");
        }
        String id = graphQL.call(
                        agentToken(),
                        START_CUSTOMERS,
                        "input",
                        Map.of("date", day.toString(), "lineId", slow.id(), "body", "Reminder"))
                .string("startBulkCustomerSend.id");
        await().atMost(Duration.ofSeconds(30)).until(() -> sentSoFar(mobiles) >= 2);

        String colleague = agentToken(); // not the agent who started it: any agent may stop or restart a send
        var stopped = graphQL.call(colleague, "mutation($id: ID!) { stopBulkSend(id: $id) { status } }", "id", id);
        assertTrue(List.of("STOPPING", "STOPPED").contains(stopped.string("stopBulkSend.status")), stopped::toString);
        JsonObject afterStop = awaitStatus(id, "STOPPED", Duration.ofSeconds(30));
        int textedBeforeRestart = sentSoFar(mobiles);
        assertTrue(textedBeforeRestart < 12, "stopped midway: " + textedBeforeRestart);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> sentSoFar(mobiles) <= textedBeforeRestart + 1);
        assertEquals(afterStop.getInt("total"), 12);

        graphQL.call(colleague, "mutation($id: ID!) { restartBulkSend(id: $id) { status } }", "id", id)
                .data("restartBulkSend");
        JsonObject done = awaitStatus(id, "COMPLETED", Duration.ofSeconds(60));
        assertEquals(12, done.getInt("sent"));
        for (String mobile : mobiles) {
            assertEquals(1, twilio.textsTo(mobile).size(), "exactly one text for " + mobile);
        }
        graphQL.call(agentToken(), "mutation($id: ID!) { restartBulkSend(id: $id) { status } }", "id", id)
                .data("restartBulkSend");
        awaitStatus(id, "COMPLETED", Duration.ofSeconds(60));
        for (String mobile : mobiles) {
            assertEquals(1, twilio.textsTo(mobile).size(), "a re-run texts nobody twice: " + mobile);
        }
    }

    @Test
    void employeesGetAnEditedTemplateWithTheirOwnNames() {
        Line line = center.line("OUTBOUND_ONLY");
        String template = graphQL.call(
                        adminToken(),
                        "mutation($input: TemplateInput!) { saveTemplate(input: $input) { id } }",
                        "input",
                        Map.of("description", "Staff " + System.nanoTime(), "body", "Staff meeting at 8."))
                .string("saveTemplate.id");
        List<String> ids = new ArrayList<>();
        List<String> mobiles = new ArrayList<>();
        for (String name : List.of("Ann Field", "Bob Yard")) {
            mobiles.add(e164(localMobile()));
            ids.add(graphQL.call(
                            adminToken(),
                            "mutation($input: EmployeeInput!) { saveEmployee(input: $input) { id } }",
                            "input",
                            Map.of("name", name, "mobile", mobiles.get(mobiles.size() - 1)))
                    .string("saveEmployee.id"));
        }
        String id = graphQL.call(
                        agentToken(),
                        "mutation($input: BulkEmployeeSendInput!) { startBulkEmployeeSend(input: $input) { id kind } }",
                        "input",
                        Map.of(
                                "employeeIds",
                                ids,
                                "lineId",
                                line.id(),
                                "templateId",
                                template,
                                "body",
                                "Staff meeting moved to 9, {EmployeeFirstName}."))
                .string("startBulkEmployeeSend.id");

        awaitStatus(id, "COMPLETED", Duration.ofSeconds(60));
        assertEquals(
                "Staff meeting moved to 9, Ann.",
                FakeTwilio.parameter(twilio.textsTo(mobiles.get(0)).get(0), "Body"));
        assertEquals(
                "Staff meeting moved to 9, Bob.",
                FakeTwilio.parameter(twilio.textsTo(mobiles.get(1)).get(0), "Body"));
    }

    @Test
    void aReplyConfirmMarksTheAppointmentConfirmedViaSms() {
        Line line = center.line("TWO_WAY");
        LocalDate day = LocalDate.now().plusDays(400 + (int) (System.nanoTime() % 300));
        String mobile = e164(localMobile());
        String appointment = appointment(center.customer("Cal Confirmer", mobile), day + "T15:00:00Z");
        graphQL.call(
                        adminToken(),
                        "mutation($input: AutoResponderInput!) { saveAutoResponder(input: $input) { id } }",
                        "input",
                        Map.of(
                                "type",
                                "APPOINTMENT_CONFIRMATION",
                                "keyword",
                                "confirm",
                                "message",
                                "Thanks, see you then!",
                                "lineIds",
                                List.of(line.id())))
                .data("saveAutoResponder");
        String id = graphQL.call(
                        agentToken(),
                        START_CUSTOMERS,
                        "input",
                        Map.of(
                                "appointmentIds",
                                List.of(appointment),
                                "lineId",
                                line.id(),
                                "body",
                                "Reply CONFIRM to confirm your appointment."))
                .string("startBulkCustomerSend.id");
        awaitStatus(id, "COMPLETED", Duration.ofSeconds(60));

        center.webhooks().inbound(Webhooks.text(messageSid(), mobile, line.number(), "confirm"));
        var confirmed = graphQL
                .call(
                        agentToken(),
                        "query($d: Date!) { appointments(date: $d) { id preNotification } }",
                        "d",
                        day.toString())
                .array("appointments")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("id").equals(appointment))
                .findFirst()
                .orElseThrow();
        assertEquals("Confirmed Via SMS", confirmed.getString("preNotification"));
    }

    @Test
    void aMarketingSendTextsOnlyTheNumbersWithRecordedConsentAndTheConsentIsAudited() {
        Line line = center.line("TWO_WAY");
        String consenting = e164(localMobile());
        String silent = e164(localMobile());
        String day = LocalDate.now().plusDays(400 + (int) (System.nanoTime() % 300)) + "T15:00:00Z";
        String ned = center.customer("Ned Unasked", silent);
        List<String> appointments =
                List.of(appointment(center.customer("Mia Yes", consenting), day), appointment(ned, day));
        String agentLogin = "agent" + System.nanoTime();
        var recorded = graphQL.call(
                TOKENS.issue(agentLogin, "TextMessaging"),
                "mutation($n: String!) { recordMarketingConsent(number: $n, source: VERBAL, wording: \"Spring offers by"
                        + " text\", note: \"asked on the phone\") { marketing history { source recordedBy } } }",
                "n",
                consenting);
        assertEquals(JsonObject.TRUE, recorded.data("recordMarketingConsent.marketing"));

        String id = graphQL.call(
                        agentToken(),
                        START_CUSTOMERS,
                        "input",
                        Map.of(
                                "appointmentIds",
                                appointments,
                                "lineId",
                                line.id(),
                                "body",
                                "Spring tune-up: 20% off this month.",
                                "marketing",
                                true))
                .string("startBulkCustomerSend.id");

        awaitStatus(id, "COMPLETED", Duration.ofSeconds(60));
        assertEquals(1, twilio.textsTo(consenting).size());
        assertEquals(0, twilio.textsTo(silent).size());
        JsonObject skipped = center.conversationsOf(ned).stream()
                .flatMap(conversation -> conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream())
                .filter(message -> message.getString("direction").equals("OUTBOUND"))
                .findFirst()
                .orElseThrow();
        assertEquals("SKIPPED", skipped.getString("deliveryStatus"));
        assertEquals("NO_MARKETING_CONSENT", skipped.getString("errorCode"));

        JsonObject audited = graphQL.call(
                        adminToken(),
                        "query($f: AuditFilter) { auditLog(filter: $f) { items { actor subject after } } }",
                        "f",
                        Map.of("actions", List.of("MARKETING_CONSENT_RECORDED"), "actor", agentLogin))
                .array("auditLog.items")
                .getJsonObject(0);
        assertEquals("consent of " + consenting, audited.getString("subject"));
        assertTrue(audited.getString("after").contains("Spring offers by text"), audited::toString);
    }

    @Test
    void aSendWithAStartTimeTextsNobodyBeforeItAndEveryoneOnceAfter() {
        Line line = center.line("TWO_WAY");
        String day = LocalDate.now().plusDays(400 + (int) (System.nanoTime() % 300)) + "T15:00:00Z";
        Map<String, String> customerByMobile = new HashMap<>();
        for (String name : List.of("Ada Later", "Ben Later", "Cy Later")) {
            String mobile = e164(localMobile());
            customerByMobile.put(mobile, center.customer(name, mobile));
        }
        OffsetDateTime startsAt =
                OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
        var started = graphQL.call(
                agentToken(),
                "mutation($input: BulkCustomerSendInput!) { startBulkCustomerSend(input: $input) { id sendAt } }",
                "input",
                Map.of(
                        "appointmentIds",
                        customerByMobile.values().stream()
                                .map(customer -> appointment(customer, day))
                                .toList(),
                        "lineId",
                        line.id(),
                        "body",
                        "Our spring visit starts today.",
                        "sendAt",
                        startsAt.toString()));
        String id = started.string("startBulkCustomerSend.id");
        assertEquals(
                startsAt.toInstant(),
                OffsetDateTime.parse(started.string("startBulkCustomerSend.sendAt"))
                        .toInstant());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> customerByMobile.values().stream()
                        .allMatch(customer -> "SCHEDULED".equals(outboundStatus(customer))));
        assertEquals("STARTED", status(id).getString("status"), "texts still to go");
        assertEquals(0, sentSoFar(List.copyOf(customerByMobile.keySet())), "not before its start time");

        JsonObject done = awaitStatus(id, "COMPLETED", Duration.ofSeconds(60));
        assertEquals(3, done.getInt("sent"));
        customerByMobile.keySet().forEach(mobile -> {
            List<LoggedRequest> texts = twilio.textsTo(mobile);
            assertEquals(1, texts.size(), mobile);
            assertTrue(!texts.get(0).getLoggedDate().toInstant().isBefore(startsAt.toInstant()), "after its time");
        });
    }

    @Test
    void stoppingASendThatWaitsForItsStartTimeTakesItsTextsBack() {
        Line line = center.line("TWO_WAY");
        String day = LocalDate.now().plusDays(400 + (int) (System.nanoTime() % 300)) + "T15:00:00Z";
        String mobile = e164(localMobile());
        String customer = center.customer("Dee Postponed", mobile);
        String id = graphQL.call(
                        agentToken(),
                        START_CUSTOMERS,
                        "input",
                        Map.of(
                                "appointmentIds",
                                List.of(appointment(customer, day)),
                                "lineId",
                                line.id(),
                                "body",
                                "See you next week.",
                                "sendAt",
                                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString()))
                .string("startBulkCustomerSend.id");
        await().atMost(Duration.ofSeconds(30)).until(() -> "SCHEDULED".equals(outboundStatus(customer)));

        graphQL.call(agentToken(), "mutation($id: ID!) { stopBulkSend(id: $id) { status } }", "id", id)
                .data("stopBulkSend");

        JsonObject stopped = awaitStatus(id, "STOPPED", Duration.ofSeconds(30));
        assertEquals(0, stopped.getInt("skipped"), "taken back: its recipient is texted if the send is restarted");
        JsonObject withdrawn = outbound(customer);
        assertEquals("SKIPPED", withdrawn.getString("deliveryStatus"));
        assertEquals("the bulk send was stopped before this text left", withdrawn.getString("errorMessage"));
        assertTrue(
                graphQL
                        .call(agentToken(), "{ scheduledMessages { id } }")
                        .array("scheduledMessages")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(message -> message.getString("id").equals(withdrawn.getString("id"))),
                "no longer scheduled");
        assertEquals(0, twilio.textsTo(mobile).size());
    }

    @Test
    void badBulkSendsAreRefusedNamingTheField() {
        Line line = center.line("TWO_WAY");
        LocalDate empty = unusedDay();
        graphQL.call(
                        agentToken(),
                        START_CUSTOMERS,
                        "input",
                        Map.of("date", empty.toString(), "lineId", line.id(), "body", "Hi"))
                .assertError("validation", "date");
        graphQL.call(
                        agentToken(),
                        START_CUSTOMERS,
                        "input",
                        Map.of("date", empty.toString(), "lineId", "987654321", "body", "Hi"))
                .assertError("validation", "lineId");
        String customer = center.customer("Vic Valid", localMobile());
        String appointment = appointment(customer, empty + "T10:00:00Z");
        graphQL.call(
                        agentToken(),
                        START_CUSTOMERS,
                        "input",
                        Map.of("appointmentIds", List.of(appointment), "lineId", line.id()))
                .assertError("validation", "body");
        graphQL.call(
                        agentToken(),
                        START_CUSTOMERS,
                        "input",
                        Map.of("appointmentIds", List.of(appointment), "lineId", line.id(), "templateId", "987654321"))
                .assertError("validation", "templateId");
        graphQL.call(
                        agentToken(),
                        START_CUSTOMERS,
                        "input",
                        Map.of("appointmentIds", List.of("987654321"), "lineId", line.id(), "body", "Hi"))
                .assertError("validation", "appointmentIds");
        graphQL.call(
                        agentToken(),
                        "mutation($input: BulkEmployeeSendInput!) { startBulkEmployeeSend(input: $input) { id } }",
                        "input",
                        Map.of("employeeIds", List.of(), "lineId", line.id(), "body", "Hi"))
                .assertError("validation", "employeeIds");
        graphQL.call(
                        agentToken(),
                        "mutation($input: BulkEmployeeSendInput!) { startBulkEmployeeSend(input: $input) { id } }",
                        "input",
                        Map.of("employeeIds", List.of("987654321"), "lineId", line.id(), "body", "Hi"))
                .assertError("validation", "987654321");
        graphQL.call(
                        agentToken(),
                        START_CUSTOMERS,
                        "input",
                        Map.of(
                                "appointmentIds",
                                List.of(appointment),
                                "lineId",
                                line.id(),
                                "body",
                                "Hi",
                                "sendAt",
                                OffsetDateTime.now(ZoneOffset.UTC)
                                        .minusMinutes(1)
                                        .toString()))
                .assertError("validation", "sendAt");
        graphQL.call(agentToken(), "mutation { stopBulkSend(id: \"987654321\") { id } }")
                .assertError("not-found", "987654321");
        graphQL.anonymous("{ bulkSends { id } }").assertError("forbidden", "bearer token");
    }

    private Line slowLine() {
        var line = graphQL.call(
                        adminToken(),
                        "mutation($input: SenderLineInput!) { saveSenderLine(input: $input) { id phoneNumber } }",
                        "input",
                        Map.of(
                                "description",
                                "Slow line " + System.nanoTime(),
                                "phoneNumber",
                                localMobile(),
                                "kind",
                                "TWO_WAY",
                                "messagesPerSecond",
                                2))
                .data("saveSenderLine")
                .asJsonObject();
        return new Line(line.getString("id"), line.getString("phoneNumber"));
    }

    private String appointment(String customer, String start) {
        return graphQL.call(
                        adminToken(),
                        "mutation($input: AppointmentInput!) { saveAppointment(input: $input) { id } }",
                        "input",
                        Map.of("customerId", customer, "start", start))
                .string("saveAppointment.id");
    }

    private int sentSoFar(List<String> mobiles) {
        return mobiles.stream()
                .mapToInt(mobile -> twilio.textsTo(mobile).size())
                .sum();
    }

    /** The status of the customer's one outbound text, or null before it is written. */
    private String outboundStatus(String customer) {
        JsonObject text = outbound(customer);
        return text == null ? null : text.getString("deliveryStatus");
    }

    private JsonObject outbound(String customer) {
        return center.conversationsOf(customer).stream()
                .flatMap(conversation -> conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream())
                .filter(message -> message.getString("direction").equals("OUTBOUND"))
                .findFirst()
                .orElse(null);
    }

    private JsonObject status(String id) {
        return graphQL.call(agentToken(), STATUS, "id", id).data("bulkSend").asJsonObject();
    }

    private JsonObject awaitStatus(String id, String status, Duration patience) {
        return await().atMost(patience)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> status(id), bulk -> bulk.getString("status").equals(status));
    }
}

package io.textcenter.messaging.web.field;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.SameOnEveryDatabase;
import io.textcenter.messaging.web.support.Webhooks;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Basic Text Messaging: status-change notifications (CDI events, also from a host's own transaction: the stand-in
 * host of the test WAR), Dispatch Now, texts to employees.
 */
@SameOnEveryDatabase
@ResourceLock(AgainstTheDeployedModule.COMPANY_PROFILE)
class FieldEventsIT extends AgainstTheDeployedModule {

    private static final String CHANGE_STATUS =
            "mutation($id: ID!, $status: AppointmentStatus!) { changeAppointmentStatus(appointmentId: $id, status: $status) { id status } }";
    private static final Duration QUIET = Duration.ofSeconds(3);

    private final FakeTwilio twilio = FakeTwilio.instance();
    private Center center;
    private GraphQL graphQL;

    @BeforeEach
    void setUpTheCompany() {
        center = Center.withFakeTwilio(server());
        graphQL = center.graphQL();
        center.line("OUTBOUND_ONLY");
        graphQL.call(
                        adminToken(),
                        "mutation { updateCompanySettings(input: {name: \"Acme Plumbing\", appLink: \"https://app.acme.test\", timeZone: \"UTC\"}) { name } }")
                .data("updateCompanySettings");
    }

    @Test
    void inRouteTextsTheCustomerOnceWithTheRenderedMessage() {
        String mobile = e164(localMobile());
        String appointment = appointment(center.customer("Ann Lee", mobile), technician("Rita Repair", localMobile()));

        graphQL.call(adminToken(), CHANGE_STATUS, "id", appointment, "status", "IN_ROUTE")
                .data("changeAppointmentStatus");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> twilio.textsTo(mobile).size() == 1);
        assertEquals(
                "Rita from Acme Plumbing is on the way to you.",
                FakeTwilio.parameter(twilio.textsTo(mobile).get(0), "Body"));

        graphQL.call(adminToken(), CHANGE_STATUS, "id", appointment, "status", "IN_ROUTE")
                .data("changeAppointmentStatus");
        hostFires(appointment, "IN_ROUTE", true);
        hostFires(appointment, "IN_ROUTE", true);
        await().during(QUIET)
                .atMost(QUIET.plusSeconds(2))
                .until(() -> twilio.textsTo(mobile).size() == 1);
    }

    @Test
    void aSwitchedOffStatusTextsNobody() {
        String mobile = e164(localMobile());
        String appointment = appointment(center.customer("Bo Quiet", mobile), null);

        graphQL.call(adminToken(), CHANGE_STATUS, "id", appointment, "status", "DISPATCHED")
                .data("changeAppointmentStatus");
        await().during(QUIET)
                .atMost(QUIET.plusSeconds(2))
                .until(() -> twilio.textsTo(mobile).isEmpty());
    }

    @Test
    void anOptedOutCustomerIsSkippedNotTexted() {
        String mobile = e164(localMobile());
        String customer = center.customer("Cy Stopped", mobile);
        String appointment = appointment(customer, technician("Ted Tech", localMobile()));
        var twoWay = center.line("TWO_WAY");
        center.webhooks().inbound(Webhooks.text(messageSid(), mobile, twoWay.number(), "STOP"));

        graphQL.call(adminToken(), CHANGE_STATUS, "id", appointment, "status", "IN_ROUTE")
                .data("changeAppointmentStatus");
        JsonObject notification = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> center.conversationsOf(customer).stream()
                                .flatMap(conversation ->
                                        conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream())
                                .filter(message -> message.getString("kind").equals("NOTIFICATION"))
                                .findFirst()
                                .orElse(null),
                        java.util.Objects::nonNull);
        assertEquals("SKIPPED", notification.getString("deliveryStatus"));
        assertTrue(notification.getString("errorMessage").contains("opted out"), notification::toString);
        assertTrue(twilio.textsTo(mobile).isEmpty());
    }

    @Test
    void aStatusChangeThatRollsBackTextsNobody() {
        String mobile = e164(localMobile());
        String appointment = appointment(center.customer("Di Undone", mobile), technician("Una Tech", localMobile()));

        hostFires(appointment, "IN_ROUTE", false);
        await().during(QUIET)
                .atMost(QUIET.plusSeconds(2))
                .until(() -> twilio.textsTo(mobile).isEmpty());

        hostFires(appointment, "IN_ROUTE", true);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> twilio.textsTo(mobile).size() == 1);
    }

    @Test
    void dispatchNowTextsTheTechnicianTheAppointmentAndItsLink() {
        String techMobile = e164(localMobile());
        String technician = technician("Rita Repair", techMobile);
        String appointment = appointment(center.customer("Eve Client", localMobile()), technician);

        var sent = graphQL.call(
                agentToken(),
                "mutation($id: ID!) { dispatchNow(appointmentId: $id) { kind deliveryStatus body } }",
                "id",
                appointment);
        assertEquals("NOTIFICATION", sent.string("dispatchNow.kind"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> twilio.textsTo(techMobile).size() == 1);
        String body = FakeTwilio.parameter(twilio.textsTo(techMobile).get(0), "Body");
        assertTrue(body.startsWith("Dispatch: Eve Client, "), body);
        assertTrue(body.endsWith("/appointments/" + appointment), body);

        var employee = graphQL.call(
                        agentToken(),
                        "query($id: ID!) { employee(id: $id) { textConversations { messages { body } } } }",
                        "id",
                        technician)
                .array("employee.textConversations");
        assertTrue(employee.toString().contains("Dispatch: Eve Client"), employee::toString);

        String unassigned = appointment(center.customer("Fay Waiting", localMobile()), null);
        graphQL.call(agentToken(), "mutation($id: ID!) { dispatchNow(appointmentId: $id) { id } }", "id", unassigned)
                .assertError("validation", "technician");
        String noPhone = appointment(center.customer("Gus", localMobile()), technician("Ned Nophone", null));
        graphQL.call(agentToken(), "mutation($id: ID!) { dispatchNow(appointmentId: $id) { id } }", "id", noPhone)
                .assertError("validation", "mobile");
    }

    @Test
    void anEmployeeTextCanCarryTheAppLinkAndLoginId() {
        String mobile = e164(localMobile());
        String login = "new" + System.nanoTime();
        String employee = graphQL.call(
                        adminToken(),
                        "mutation($input: EmployeeInput!) { saveEmployee(input: $input) { id } }",
                        "input",
                        Map.of("name", "Nia New", "mobile", mobile, "loginId", login))
                .string("saveEmployee.id");

        graphQL.call(
                        agentToken(),
                        "mutation($id: ID!) { textEmployee(employeeId: $id, body: \"Welcome aboard, {EmployeeFirstName}!\", includeAppLink: true) { id } }",
                        "id",
                        employee)
                .data("textEmployee");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> twilio.textsTo(mobile).size() == 1);
        assertEquals(
                "Welcome aboard, Nia!\nhttps://app.acme.test\nYour login ID: " + login,
                FakeTwilio.parameter(twilio.textsTo(mobile).get(0), "Body"));

        String template = graphQL.call(
                        adminToken(),
                        "mutation($input: TemplateInput!) { saveTemplate(input: $input) { id } }",
                        "input",
                        Map.of(
                                "description",
                                "Handbook " + System.nanoTime(),
                                "body",
                                "Read the handbook, {EmployeeFirstName}:",
                                "optionalUrl",
                                "https://acme.test/handbook"))
                .string("saveTemplate.id");
        graphQL.call(
                        agentToken(),
                        "mutation($id: ID!, $template: ID!) { textEmployee(employeeId: $id, templateId: $template) { id } }",
                        "id",
                        employee,
                        "template",
                        template)
                .data("textEmployee");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> twilio.textsTo(mobile).size() == 2);
        assertEquals(
                "Read the handbook, Nia:\nhttps://acme.test/handbook",
                FakeTwilio.parameter(twilio.textsTo(mobile).get(1), "Body"),
                "a template's text comes with its URL");

        graphQL.call(
                        agentToken(),
                        "mutation($id: ID!) { textEmployee(employeeId: $id, body: \"  \") { id } }",
                        "id",
                        employee)
                .assertError("validation", "body");
        String noPhone = technician("Ola Offline", null);
        graphQL.call(
                        agentToken(),
                        "mutation($id: ID!) { textEmployee(employeeId: $id, body: \"Hi\") { id } }",
                        "id",
                        noPhone)
                .assertError("validation", "mobile");
        graphQL.call(
                        agentToken(),
                        "mutation($id: ID!) { textEmployee(employeeId: $id, body: \"Hi\") { id } }",
                        "id",
                        "987654321")
                .assertError("not-found", "987654321");
    }

    private String technician(String name, String mobile) {
        Map<String, Object> input =
                new java.util.HashMap<>(Map.of("name", name, "loginId", "tech" + System.nanoTime()));
        if (mobile != null) {
            input.put("mobile", mobile);
        }
        return graphQL.call(
                        adminToken(),
                        "mutation($input: EmployeeInput!) { saveEmployee(input: $input) { id } }",
                        "input",
                        input)
                .string("saveEmployee.id");
    }

    private String appointment(String customer, String technician) {
        Map<String, Object> input =
                new java.util.HashMap<>(Map.of("customerId", customer, "start", "2041-06-01T15:00:00Z"));
        if (technician != null) {
            input.put("technicianId", technician);
        }
        return graphQL.call(
                        adminToken(),
                        "mutation($input: AppointmentInput!) { saveAppointment(input: $input) { id } }",
                        "input",
                        input)
                .string("saveAppointment.id");
    }

    private void hostFires(String appointment, String status, boolean commit) {
        var response = center.server()
                .send(HttpRequest.newBuilder(center.server()
                                .uri("/messaging/api/test-host/status-change?appointmentId=" + appointment + "&status="
                                        + status + "&commit=" + commit))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertEquals(204, response.statusCode(), response.body());
    }
}

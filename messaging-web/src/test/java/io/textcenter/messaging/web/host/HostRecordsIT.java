package io.textcenter.messaging.web.host;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textcenter.messaging.web.support.AgainstAnExtendedDeployment;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.Deployments;
import io.textcenter.messaging.web.support.SameOnEveryDatabase;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * What a host's directory knows decides too: marketing consent in its own records, and the customer's time zone for
 * quiet hours (a New York number whose customer lives in Honolulu waits for Honolulu's morning).
 */
@SameOnEveryDatabase
class HostRecordsIT extends AgainstAnExtendedDeployment {

    private static final String START_CUSTOMERS =
            "mutation($input: BulkCustomerSendInput!) { startBulkCustomerSend(input: $input) { id } }";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.messagingWar().addClass(HostWithOwnRecords.class);
    }

    @Test
    void aMarketingSendReachesTheCustomersWhoseConsentIsInTheHostsRecordsOnly() {
        Line line = center.line("TWO_WAY");
        String booked = e164(localMobile());
        String plain = e164(localMobile());
        String bookedCustomer = center.customer("Ann Booker " + HostWithOwnRecords.CONSENTED, booked);
        String plainCustomer = center.customer("Bo Plain", plain);

        bulkSend(line, List.of(bookedCustomer, plainCustomer), Map.of("marketing", true));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> twilio.textsTo(booked).size() == 1);
        JsonObject skipped = awaitOutbound(plainCustomer, "SKIPPED");
        assertEquals("NO_MARKETING_CONSENT", skipped.getString("errorCode"));
        JsonObject consent = graphQL.call(
                        agentToken(),
                        "query($id: ID!) { customer(id: $id) { textConversations { consent { marketing byHost } } } }",
                        "id",
                        bookedCustomer)
                .array("customer.textConversations")
                .getJsonObject(0)
                .getJsonObject("consent");
        assertEquals(JsonObject.TRUE, consent.get("byHost"));
        assertEquals(JsonObject.TRUE, consent.get("marketing"));
    }

    @Test
    void quietHoursGoByTheTimeZoneTheHostKnowsForTheCustomer() {
        // a two-hour window around the present hour in New York: closed in Honolulu, five or six hours behind
        LocalTime newYorkNow = LocalTime.now(ZoneId.of("America/New_York"));
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        graphQL.call(
                        adminToken(),
                        "mutation($o: String!, $c: String!) { updateTextingWindow(opensAt: $o, closesAt: $c) { opensAt } }",
                        "o",
                        newYorkNow.minusHours(1).format(hhmm),
                        "c",
                        newYorkNow.plusHours(1).format(hhmm))
                .data("updateTextingWindow");
        Line line = center.line("TWO_WAY");
        String nearby = e164(localMobile());
        String faraway = e164(localMobile());
        String nearbyCustomer = center.customer("Nia Nearby", nearby);
        String farawayCustomer = center.customer("Kai Faraway " + HostWithOwnRecords.IN_HONOLULU, faraway);

        bulkSend(line, List.of(nearbyCustomer, farawayCustomer), Map.of());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> twilio.textsTo(nearby).size() == 1);
        JsonObject waiting = awaitOutbound(farawayCustomer, "QUEUED");
        assertEquals("QUIET_HOURS", waiting.getString("errorCode"));
        assertEquals(0, twilio.textsTo(faraway).size());
    }

    private void bulkSend(Line line, List<String> customers, Map<String, Object> extra) {
        String day = LocalDate.now().plusDays(400 + (int) (System.nanoTime() % 300)) + "T15:00:00Z";
        List<String> appointments = customers.stream()
                .map(customer -> graphQL.call(
                                adminToken(),
                                "mutation($input: AppointmentInput!) { saveAppointment(input: $input) { id } }",
                                "input",
                                Map.of("customerId", customer, "start", day))
                        .string("saveAppointment.id"))
                .toList();
        Map<String, Object> input = new java.util.HashMap<>(
                Map.of("appointmentIds", appointments, "lineId", line.id(), "body", "Spring tune-ups are 20% off."));
        input.putAll(extra);
        graphQL.call(agentToken(), START_CUSTOMERS, "input", input).data("startBulkCustomerSend");
    }

    private JsonObject awaitOutbound(String customer, String status) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> center.conversationsOf(customer).stream()
                                .flatMap(conversation ->
                                        conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream())
                                .filter(message ->
                                        message.getString("direction").equals("OUTBOUND"))
                                .filter(message ->
                                        message.getString("deliveryStatus").equals(status))
                                .findFirst()
                                .orElse(null),
                        java.util.Objects::nonNull);
    }
}

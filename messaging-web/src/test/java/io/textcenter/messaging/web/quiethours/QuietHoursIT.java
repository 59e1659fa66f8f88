package io.textcenter.messaging.web.quiethours;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textcenter.messaging.web.support.AgainstTheSandboxModule;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.SameOnEveryDatabase;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quiet hours, on the module with the sandbox carrier: the tests set the company's texting window and move the
 * module's clock (never the machine's). Numbers of area code 201 are in New York's time zone, 415 in Los Angeles'.
 */
@SameOnEveryDatabase
class QuietHoursIT extends AgainstTheSandboxModule {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final String MESSAGES = """
            query($f: ConversationFilter) { conversations(filter: $f) { items {
              messages(order: NEWEST_FIRST) { direction body deliveryStatus errorCode sendsAt } } } }""";

    private GraphQL graphQL;

    @BeforeEach
    void eightInTheMorningToNineAtNight() {
        graphQL = server().graphQL();
        graphQL.call(
                        adminToken(),
                        "mutation { updateTextingWindow(opensAt: \"08:00\", closesAt: \"21:00\") { opensAt closesAt } }")
                .data("updateTextingWindow");
    }

    @Test
    void aBulkSendStartedInTheRecipientsQuietHoursWaitsForTheirMorningThenSendsThemAll() {
        ZonedDateTime lateEvening = moveClockToNext(LocalTime.of(22, 0), NEW_YORK);
        String line = line();
        List<String> mobiles = List.of(mobile("201"), mobile("201"), mobile("201"));

        bulkSend(line, mobiles, "The office is closed on Friday.");

        OffsetDateTime morning =
                lateEvening.plusDays(1).with(LocalTime.of(8, 0)).toOffsetDateTime();
        for (String mobile : mobiles) {
            JsonObject waiting = awaitText(mobile, text -> "QUIET_HOURS".equals(text.getString("errorCode", null)));
            assertEquals("QUEUED", waiting.getString("deliveryStatus"));
            assertEquals(
                    morning.toInstant(),
                    OffsetDateTime.parse(waiting.getString("sendsAt")).toInstant());
        }

        moveModuleClock(morning.plusMinutes(1));

        for (String mobile : mobiles) {
            awaitText(mobile, text -> "DELIVERED".equals(text.getString("deliveryStatus")));
        }
    }

    @Test
    void numbersInTwoTimeZonesAtOneMomentOneIsTextedTheOtherWaits() {
        // 8:30 in New York is 5:30 in Los Angeles
        ZonedDateTime newYorkMorning = moveClockToNext(LocalTime.of(8, 30), NEW_YORK);
        String newYork = mobile("201");
        String losAngeles = mobile("415");

        bulkSend(line(), List.of(newYork, losAngeles), "Your filters are due for a change.");

        awaitText(newYork, text -> "DELIVERED".equals(text.getString("deliveryStatus")));
        JsonObject waiting = awaitText(losAngeles, text -> "QUIET_HOURS".equals(text.getString("errorCode", null)));
        assertEquals(
                newYorkMorning
                        .withZoneSameInstant(LOS_ANGELES)
                        .with(LocalTime.of(8, 0))
                        .toInstant(),
                OffsetDateTime.parse(waiting.getString("sendsAt")).toInstant());
    }

    @Test
    void aScheduledTextDueInQuietHoursWaitsWhileAnAgentsReplyGoesAtOnce() {
        ZonedDateTime evening = moveClockToNext(LocalTime.of(20, 0), NEW_YORK);
        String line = line();
        String mobile = mobile("201");
        send(Map.of(
                "to",
                mobile,
                "lineId",
                line,
                "body",
                "Reminder: we come tomorrow at 9.",
                "sendAt",
                evening.withHour(23).toOffsetDateTime().toString()));

        moveModuleClock(evening.withHour(23).plusMinutes(1).toOffsetDateTime());
        JsonObject scheduled = awaitText(mobile, text -> "QUIET_HOURS".equals(text.getString("errorCode", null)));
        assertEquals("SCHEDULED", scheduled.getString("deliveryStatus"), "still scheduled, for the morning");
        assertEquals(
                evening.plusDays(1).with(LocalTime.of(8, 0)).toInstant(),
                OffsetDateTime.parse(scheduled.getString("sendsAt")).toInstant());

        send(Map.of("to", mobile, "lineId", line, "body", "Sure, see you then."));
        JsonObject reply = awaitText(
                mobile,
                text -> text.getString("body").equals("Sure, see you then.")
                        && "DELIVERED".equals(text.getString("deliveryStatus")));
        assertEquals("DELIVERED", reply.getString("deliveryStatus"), "a reply keeps no quiet hours");
    }

    @Test
    void aStatusNotificationGoesAtOnceUnlessItsStatusKeepsQuietHours() {
        moveClockToNext(LocalTime.of(23, 0), NEW_YORK);
        line("OUTBOUND_ONLY");
        notification("IN_ROUTE", "Your technician is on the way.", false);
        notification("ARRIVED", "Your technician has arrived.", true);
        String mobile = mobile("201");
        String customer = graphQL.call(
                        adminToken(),
                        "mutation($input: CustomerInput!) { saveCustomer(input: $input) { id } }",
                        "input",
                        Map.of("name", "Night Owl", "mobile", mobile))
                .string("saveCustomer.id");
        String appointment = graphQL.call(
                        adminToken(),
                        "mutation($input: AppointmentInput!) { saveAppointment(input: $input) { id } }",
                        "input",
                        Map.of("customerId", customer, "start", "2041-06-01T15:00:00Z"))
                .string("saveAppointment.id");

        changeStatus(appointment, "IN_ROUTE");
        awaitText(
                mobile,
                text -> text.getString("body").equals("Your technician is on the way.")
                        && "DELIVERED".equals(text.getString("deliveryStatus")));
        changeStatus(appointment, "ARRIVED");
        JsonObject held = awaitText(
                mobile,
                text -> text.getString("body").equals("Your technician has arrived.")
                        && "QUIET_HOURS".equals(text.getString("errorCode", null)));
        assertEquals("QUEUED", held.getString("deliveryStatus"));
    }

    @Test
    void theWindowIsSetByAdministratorsInHoursAndMinutes() {
        graphQL.call(
                        adminToken(),
                        "mutation { updateTextingWindow(opensAt: \"8am\", closesAt: \"21:00\") { opensAt } }")
                .assertError("validation", "opensAt");
        graphQL.call(
                        agentToken(),
                        "mutation { updateTextingWindow(opensAt: \"09:00\", closesAt: \"20:00\") { opensAt } }")
                .assertError("forbidden", "Administrator");
        JsonObject overnight = graphQL.call(
                        adminToken(),
                        "mutation { updateTextingWindow(opensAt: \"22:00\", closesAt: \"06:00\") { opensAt closesAt } }")
                .data("updateTextingWindow")
                .asJsonObject();
        assertEquals("22:00", overnight.getString("opensAt"));
        assertEquals("06:00", overnight.getString("closesAt"));
    }

    private ZonedDateTime moveClockToNext(LocalTime time, ZoneId zone) {
        OffsetDateTime now = moduleClock();
        ZonedDateTime next = now.plusMinutes(1).atZoneSameInstant(zone).with(time);
        if (!next.toOffsetDateTime().isAfter(now)) {
            next = next.plusDays(1);
        }
        moveModuleClock(next.toOffsetDateTime());
        return next;
    }

    private String line() {
        return line("TWO_WAY");
    }

    private String line(String kind) {
        return graphQL.call(
                        adminToken(),
                        "mutation($input: SenderLineInput!) { saveSenderLine(input: $input) { id } }",
                        "input",
                        Map.of(
                                "description",
                                "Quiet " + System.nanoTime(),
                                "phoneNumber",
                                mobile("201"),
                                "kind",
                                kind,
                                "messagesPerSecond",
                                20))
                .string("saveSenderLine.id");
    }

    private void bulkSend(String line, List<String> mobiles, String body) {
        List<String> employees = mobiles.stream()
                .map(mobile -> graphQL.call(
                                adminToken(),
                                "mutation($input: EmployeeInput!) { saveEmployee(input: $input) { id } }",
                                "input",
                                Map.of(
                                        "name",
                                        "Staff " + mobile,
                                        "loginId",
                                        "staff" + mobile.substring(1),
                                        "mobile",
                                        mobile,
                                        "textMessagingRole",
                                        false))
                        .string("saveEmployee.id"))
                .toList();
        graphQL.call(
                        agentToken(),
                        "mutation($input: BulkEmployeeSendInput!) { startBulkEmployeeSend(input: $input) { id } }",
                        "input",
                        Map.of("employeeIds", employees, "lineId", line, "body", body))
                .data("startBulkEmployeeSend");
    }

    private void notification(String status, String message, boolean keepsQuietHours) {
        graphQL.call(
                        adminToken(),
                        "mutation($input: NotificationSettingInput!) { saveNotificationSetting(input: $input) { status } }",
                        "input",
                        Map.of(
                                "status",
                                status,
                                "enabled",
                                true,
                                "message",
                                message,
                                "keepsQuietHours",
                                keepsQuietHours))
                .data("saveNotificationSetting");
    }

    private void changeStatus(String appointment, String status) {
        graphQL.call(
                        adminToken(),
                        "mutation($id: ID!, $status: AppointmentStatus!) { changeAppointmentStatus(appointmentId: $id, status: $status) { id } }",
                        "id",
                        appointment,
                        "status",
                        status)
                .data("changeAppointmentStatus");
    }

    private void send(Map<String, Object> input) {
        graphQL.call(
                        agentToken(),
                        "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }",
                        "input",
                        input)
                .data("sendMessage");
    }

    /** The latest outbound text to this number that {@code matches}, once there is one. */
    private JsonObject awaitText(String mobile, Predicate<JsonObject> matches) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> graphQL
                                .call(agentToken(), MESSAGES, "f", Map.of("search", mobile.substring(2)))
                                .array("conversations.items")
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .flatMap(conversation ->
                                        conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream())
                                .filter(text -> text.getString("direction").equals("OUTBOUND"))
                                .filter(matches)
                                .findFirst()
                                .orElse(null),
                        Objects::nonNull);
    }

    /** A mobile number no other test uses, in this US area code. */
    private static String mobile(String areaCode) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "+1" + areaCode + random.nextInt(200, 1000) + String.format("%04d", random.nextInt(10_000));
    }
}

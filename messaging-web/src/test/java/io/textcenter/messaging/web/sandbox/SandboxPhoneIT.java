package io.textcenter.messaging.web.sandbox;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.textAroundTheClock;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.textcenter.messaging.web.support.AgainstTheSandboxModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.SameOnEveryDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trying the module without Twilio: the module in sandbox mode, as ./run starts it. A customer played on the sandbox
 * phone is received as a webhook would be (here, a keyword auto-responder answers), the answer's status moves as
 * Twilio's would, Twilio's test numbers fail with Twilio's error codes (21610 also records the opt-out), the phone's
 * photo is shown, and the clock moves forward for a tester to see tomorrow's texts go.
 */
@SameOnEveryDatabase
class SandboxPhoneIT extends AgainstTheSandboxModule {

    private static final String RECEIVE = """
            mutation($from: String!, $to: String!, $body: String) { sandboxReceiveText(from: $from, to: $to, body: $body) {
              id direction deliveryStatus body conversationId } }""";
    private static final String MOVE_CLOCK = "mutation($to: DateTime!) { sandboxMoveClock(to: $to) }";
    private static final String SEND =
            "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId deliveryStatus } }";

    @BeforeEach
    void aroundTheClock() {
        textAroundTheClock(server().graphQL());
    }

    @Test
    void aTextFromTheSandboxPhoneIsReceivedAndAnsweredAndTheAnswerIsDelivered() {
        GraphQL graphQL = server().graphQL();
        String line = line(graphQL);
        graphQL.call(
                adminToken(),
                "mutation($input: AutoResponderInput!) { saveAutoResponder(input: $input) { id } }",
                "input",
                Map.of(
                        "type",
                        "KEYWORD",
                        "keyword",
                        "HOURS",
                        "message",
                        "We are open 8 to 5.",
                        "lineIds",
                        List.of(lineId(graphQL, line))));
        String customer = e164(localMobile());

        JsonObject received = graphQL.call(agentToken(), RECEIVE, "from", customer, "to", line, "body", "hours")
                .data("sandboxReceiveText")
                .asJsonObject();

        assertEquals("INBOUND", received.getString("direction"));
        assertEquals("RECEIVED", received.getString("deliveryStatus"));
        JsonObject answer = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> outbound(graphQL, received.getString("conversationId")),
                        message -> message != null && "DELIVERED".equals(message.getString("deliveryStatus")));
        assertEquals("We are open 8 to 5.", answer.getString("body"));
    }

    @Test
    void twiliosTestNumbersFailWithTwiliosCodes() {
        GraphQL graphQL = server().graphQL();
        String lineId = lineId(graphQL, line(graphQL));
        assertEquals("21211", failed(graphQL, lineId, "+15005550001").getString("errorCode"));
        assertEquals("21612", failed(graphQL, lineId, "+15005550002").getString("errorCode"));
        assertEquals("21408", failed(graphQL, lineId, "+15005550003").getString("errorCode"));
        assertEquals("21614", failed(graphQL, lineId, "+15005550009").getString("errorCode"));

        JsonObject blocked = failed(graphQL, lineId, "+15005550004");
        assertEquals("21610", blocked.getString("errorCode"));
        JsonObject again = graphQL.call(
                        agentToken(),
                        SEND,
                        "input",
                        Map.of("to", "+15005550004", "lineId", lineId, "body", "Once more"))
                .data("sendMessage")
                .asJsonObject();
        assertEquals("SKIPPED", again.getString("deliveryStatus"), "the carrier's 21610 recorded the opt-out");
    }

    @Test
    void theSandboxPhoneTextsOnlyTheCompanysLines() {
        server().graphQL()
                .call(agentToken(), RECEIVE, "from", e164(localMobile()), "to", e164(localMobile()), "body", "hi")
                .assertError("validation", "to");
    }

    @Test
    void aTextLongerThanAnyCarrierDeliversIsRefusedAndNotStored() {
        GraphQL graphQL = server().graphQL();
        String line = line(graphQL);
        String customer = e164(localMobile());
        graphQL.call(agentToken(), RECEIVE, "from", customer, "to", line, "body", "x".repeat(1601))
                .assertError("validation", "body");
        assertEquals(
                0,
                graphQL.call(
                                agentToken(),
                                "query($f: ConversationFilter) { conversations(filter: $f) { items { id } } }",
                                "f",
                                Map.of("search", customer.substring(2)))
                        .array("conversations.items")
                        .size());
    }

    @Test
    void aPhotoFromTheSandboxPhoneIsShownInItsConversation() throws Exception {
        GraphQL graphQL = server().graphQL();
        String picture = server().uri("/messaging/center/sandbox-pictures/water-heater.jpg")
                .toString();
        String conversation = graphQL.call(
                        agentToken(),
                        "mutation($from: String!, $to: String!, $media: [String!]) {"
                                + " sandboxReceiveText(from: $from, to: $to, body: \"Look\", mediaUrls: $media) { conversationId } }",
                        "from",
                        e164(localMobile()),
                        "to",
                        line(graphQL),
                        "media",
                        List.of(picture))
                .string("sandboxReceiveText.conversationId");
        JsonObject attachment = graphQL.call(agentToken(), Center.CONVERSATION, "id", conversation)
                .array("conversation.messages")
                .getJsonObject(0)
                .getJsonArray("attachments")
                .getJsonObject(0);

        HttpResponse<byte[]> shown = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server().uri(attachment.getString("url")))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, shown.statusCode());
        assertEquals("image/jpeg", shown.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(
                Files.readAllBytes(Path.of("src/main/webapp/center/sandbox-pictures/water-heater.jpg")), shown.body());
    }

    @Test
    void theSandboxClockMovesOnlyForwardAndAScheduledTextGoesWhenItReachesItsTime() {
        GraphQL graphQL = server().graphQL();
        String lineId = lineId(graphQL, line(graphQL));
        OffsetDateTime start = moveClock(moduleClock().plusHours(1));
        JsonObject scheduled = graphQL.call(
                        agentToken(),
                        SEND,
                        "input",
                        Map.of(
                                "to",
                                e164(localMobile()),
                                "lineId",
                                lineId,
                                "body",
                                "Your technician comes tomorrow at 9",
                                "sendAt",
                                start.plusHours(2).toString()))
                .data("sendMessage")
                .asJsonObject();
        assertEquals("SCHEDULED", scheduled.getString("deliveryStatus"));

        moveClock(start.plusHours(2).plusMinutes(1));

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> outbound(graphQL, scheduled.getString("conversationId")),
                        message -> "DELIVERED".equals(message.getString("deliveryStatus")));
        graphQL.call(adminToken(), MOVE_CLOCK, "to", start.toString()).assertError("validation", "forward");
        graphQL.call(agentToken(), MOVE_CLOCK, "to", start.plusDays(1).toString())
                .assertError("forbidden", "Administrator");
    }

    private OffsetDateTime moveClock(OffsetDateTime to) {
        OffsetDateTime now = moveModuleClock(to);
        assertFalse(now.isBefore(to), "the clock shows " + now + " after a move to " + to);
        assertFalse(moduleClock().isBefore(to), "sandboxClock reads the moved clock");
        return now;
    }

    private static JsonObject failed(GraphQL graphQL, String lineId, String to) {
        String conversation = graphQL.call(
                        agentToken(), SEND, "input", Map.of("to", to, "lineId", lineId, "body", "Test " + to))
                .string("sendMessage.conversationId");
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> outbound(graphQL, conversation),
                        message -> message != null && "FAILED".equals(message.getString("deliveryStatus")));
    }

    private static JsonObject outbound(GraphQL graphQL, String conversation) {
        return graphQL
                .call(agentToken(), Center.CONVERSATION, "id", conversation)
                .array("conversation.messages")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(message -> message.getString("direction").equals("OUTBOUND"))
                .findFirst()
                .orElse(null);
    }

    /** A new line; its number. */
    private static String line(GraphQL graphQL) {
        return graphQL.call(
                        adminToken(),
                        "mutation($input: SenderLineInput!) { saveSenderLine(input: $input) { phoneNumber } }",
                        "input",
                        Map.of(
                                "description",
                                "Sandbox " + System.nanoTime(),
                                "phoneNumber",
                                localMobile(),
                                "kind",
                                "TWO_WAY",
                                "messagesPerSecond",
                                20))
                .string("saveSenderLine.phoneNumber");
    }

    private static String lineId(GraphQL graphQL, String number) {
        return graphQL
                .call(agentToken(), "{ senderLines { id phoneNumber } }")
                .array("senderLines")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(line -> line.getString("phoneNumber").equals(number))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }
}

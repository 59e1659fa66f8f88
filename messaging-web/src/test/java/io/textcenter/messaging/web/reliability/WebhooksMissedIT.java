package io.textcenter.messaging.web.reliability;

import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.Webhooks;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost when Twilio's webhooks go astray: texts whose webhooks never came (read back from the carrier's log
 * every 2 s here, answered automatically only while recent, 30 s here), and sent texts whose callbacks never come
 * (their status read from the log 4 s after sending here). Callbacks that come early: {@link EarlyStatusCallbacksIT}.
 */
class WebhooksMissedIT extends AgainstTheDeployedModule {

    private static final String SEND =
            "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId } }";
    private static final String CONVERSATIONS_OF_LINE = """
            query($line: ID) { conversations(filter: {lineId: $line}, first: 200) { items { id externalNumber
              messages { direction kind body deliveryStatus errorCode recoveredLate } } } }""";
    private static final Duration TWO_READINGS_AND_SPARE = Duration.ofSeconds(20);

    private final FakeTwilio twilio = FakeTwilio.instance();
    private Center center;

    @BeforeEach
    void connect() {
        center = Center.withFakeTwilio(server());
    }

    @Test
    void textsWhoseWebhooksNeverCameAreStoredOnceAndAnsweredOnlyWhileRecent() {
        Line line = center.line("OUTBOUND_ONLY");
        String recentSender = e164(localMobile());
        String lateSender = e164(localMobile());
        String recentSid = twilio.received(recentSender, line.number(), "Is anyone there?", Instant.now());
        twilio.received(
                lateSender,
                line.number(),
                "Hello from a while ago",
                Instant.now().minus(Duration.ofMinutes(2)));

        Map<String, JsonObject> byNumber = await().atMost(TWO_READINGS_AND_SPARE)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> conversationsOf(line),
                        found -> found.containsKey(recentSender)
                                && found.containsKey(lateSender)
                                && !outbound(found.get(recentSender)).isEmpty());

        JsonObject recentText = inbound(byNumber.get(recentSender)).get(0);
        assertEquals("Is anyone there?", recentText.getString("body"));
        assertFalse(recentText.getBoolean("recoveredLate"));
        assertTrue(outbound(byNumber.get(recentSender))
                .get(0)
                .getString("body")
                .startsWith("This phone number is for outbound messages only"));
        JsonObject lateText = inbound(byNumber.get(lateSender)).get(0);
        assertTrue(lateText.getBoolean("recoveredLate"), lateText::toString);
        assertEquals(List.of(), outbound(byNumber.get(lateSender)), "no automatic answer to a text recovered late");

        assertEquals(
                200,
                center.webhooks()
                        .inbound(Webhooks.text(recentSid, recentSender, line.number(), "Is anyone there?"))
                        .statusCode(),
                "the late webhook is acknowledged");
        int readsBefore = twilio.logReadsFor(line.number());
        await().atMost(TWO_READINGS_AND_SPARE).until(() -> twilio.logReadsFor(line.number()) >= readsBefore + 2);
        Map<String, JsonObject> after = conversationsOf(line);
        assertEquals(1, inbound(after.get(recentSender)).size(), "stored once");
        assertEquals(1, outbound(after.get(recentSender)).size(), "answered once");
        assertEquals(1, inbound(after.get(lateSender)).size(), "stored once");
    }

    @Test
    void aSentTextWhoseCallbacksNeverComeTakesItsFinalStatusFromTheLog() {
        Line line = center.line("TWO_WAY");
        String customer = e164(localMobile());
        String conversation = center.graphQL()
                .call(agentToken(), SEND, "input", Map.of("to", customer, "lineId", line.id(), "body", "Running late"))
                .string("sendMessage.conversationId");
        // the log says so from the moment the carrier took the text: the module reads it once, 4 s after its record
        String taken = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> twilio.acceptedSids(customer), sids -> !sids.isEmpty())
                .get(0);
        twilio.logStatus(taken, "undelivered", "30003");

        JsonObject settled = center.awaitOutbound(conversation, "Running late", "UNDELIVERED");
        assertEquals("30003", settled.getString("errorCode"));
    }

    private Map<String, JsonObject> conversationsOf(Line line) {
        Map<String, JsonObject> byNumber = new HashMap<>();
        center.graphQL()
                .call(agentToken(), CONVERSATIONS_OF_LINE, "line", line.id())
                .array("conversations.items")
                .getValuesAs(JsonObject.class)
                .forEach(conversation -> byNumber.put(conversation.getString("externalNumber"), conversation));
        return byNumber;
    }

    private static List<JsonObject> inbound(JsonObject conversation) {
        return messages(conversation, "INBOUND");
    }

    private static List<JsonObject> outbound(JsonObject conversation) {
        return messages(conversation, "OUTBOUND");
    }

    private static List<JsonObject> messages(JsonObject conversation, String direction) {
        return conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getString("direction").equals(direction))
                .toList();
    }
}

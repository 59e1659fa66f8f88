package io.textcenter.messaging.web.texting;

import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.GraphQL;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 500 texts while the carrier answers 429, 500, too late (after the module's 2 s response timeout: the module learns
 * from the carrier's log that it took the text) or refuses for good: every text ends SENT or FAILED with a reason, none
 * is lost, and the carrier took none twice (its own log says so).
 */
class CarrierStormIT extends AgainstTheDeployedModule {

    private static final int LINES = 10;
    private static final int TEXTS_PER_LINE = 50;
    private static final String PAGE = """
            query($line: ID, $after: String) { conversations(filter: {lineId: $line}, first: 50, after: $after) {
              nextCursor items { externalNumber messages { direction deliveryStatus errorCode errorMessage } } } }""";

    private final FakeTwilio twilio = FakeTwilio.instance();

    @Test
    void everyTextEndsSentOrFailedWithAReasonAndNoneIsTakenTwice() {
        Center center = Center.withFakeTwilio(server());
        GraphQL graphQL = center.graphQL();
        Map<String, String> expected = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (int l = 0; l < LINES; l++) {
            Line line = center.line("TWO_WAY");
            lines.add(line);
            for (int i = 0; i < TEXTS_PER_LINE; i++) {
                String to = e164(localMobile());
                switch (i % 5) {
                    case 0 -> {
                        twilio.refuse(to, 2, 429, 20429);
                        expected.put(to, "SENT");
                    }
                    case 1 -> {
                        twilio.refuse(to, 1, 500, 20500);
                        expected.put(to, "SENT");
                    }
                    case 2 -> {
                        twilio.answerLate(to, Duration.ofSeconds(3));
                        expected.put(to, "SENT");
                    }
                    case 3 -> {
                        twilio.alwaysRefuse(to, 400, 21211);
                        expected.put(to, "FAILED 21211");
                    }
                    default -> expected.put(to, "SENT");
                }
                graphQL.call(
                                agentToken(),
                                "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }",
                                "input",
                                Map.of("to", to, "lineId", line.id(), "body", "Storm " + i))
                        .data("sendMessage");
            }
        }

        Map<String, JsonObject> outcomes = await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> outcomes(graphQL, lines),
                        found -> found.size() == expected.size()
                                && found.values().stream()
                                        .noneMatch(message -> Set.of("QUEUED", "SENDING")
                                                .contains(message.getString("deliveryStatus"))));

        for (Map.Entry<String, String> text : expected.entrySet()) {
            JsonObject message = outcomes.get(text.getKey());
            String outcome = message.getString("deliveryStatus")
                    + (message.isNull("errorCode") ? "" : " " + message.getString("errorCode"));
            assertEquals(text.getValue(), outcome, message::toString);
            if (!outcome.equals("SENT")) {
                assertTrue(
                        !message.isNull("errorMessage")
                                && !message.getString("errorMessage").isBlank(),
                        "a reason: " + message);
            }
            int taken = twilio.acceptedSids(text.getKey()).size();
            assertEquals(
                    text.getValue().equals("FAILED 21211") ? 0 : 1,
                    taken,
                    "texts the carrier took for " + text.getKey());
        }
    }

    /** The one outbound message of each conversation of these lines, by number. */
    private static Map<String, JsonObject> outcomes(GraphQL graphQL, List<Line> lines) {
        Map<String, JsonObject> byNumber = new HashMap<>();
        String agent = agentToken();
        for (Line line : lines) {
            String after = null;
            JsonObject page;
            do {
                page = graphQL.call(agent, PAGE, "line", line.id(), "after", after)
                        .data("conversations")
                        .asJsonObject();
                for (JsonObject conversation : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                            .filter(message -> message.getString("direction").equals("OUTBOUND"))
                            .forEach(message -> byNumber.put(conversation.getString("externalNumber"), message));
                }
                after = page.isNull("nextCursor") ? null : page.getString("nextCursor");
            } while (after != null);
        }
        return byNumber;
    }
}

package io.textcenter.messaging.web.reliability;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.MicroProcess;
import io.textcenter.messaging.web.support.Reply;
import io.textcenter.messaging.web.support.SameOnEveryDatabase;
import io.textcenter.messaging.web.support.Server;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fresh install set up as docs/operations.md (Security) says for production: no sandbox, the GraphQL explorer and
 * introspection off, and no Twilio account yet. Texts wait QUEUED with a visible reason and reach no carrier, the
 * module stays ready and says why, and once an account is saved each text goes out once. Runs on a server and database
 * of its own, as no other test may have saved an account there.
 */
@SameOnEveryDatabase
class ProductionInstallIT {

    private static final String SEND =
            "mutation($input: SendMessageInput!) { sendMessage(input: $input) { conversationId deliveryStatus } }";
    private static final String LINE =
            "mutation($input: SenderLineInput!) { saveSenderLine(input: $input) { id phoneNumber } }";

    private final FakeTwilio twilio = FakeTwilio.instance();
    private static MicroProcess instance;
    private static Server server;

    @BeforeAll
    static void startAsInProduction() {
        instance = MicroProcess.fresh(
                "production",
                "messaging_unconfigured",
                Map.of("messaging.graphql.explorer", "false", "smallrye.graphql.fieldVisibility", "no-introspection"));
        server = instance.server();
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    void theGraphQLExplorerTheSchemaFileAndIntrospectionAreOff() {
        assertEquals(404, server.get("/messaging/graphql-ui/").statusCode());
        assertEquals(404, server.get("/messaging/graphql/schema.graphql").statusCode());
        Reply introspection = server.graphQL().call(agentToken(), "{ __schema { queryType { name } } }");
        assertTrue(introspection.body().containsKey("errors"), introspection::toString);
        assertTrue(
                !introspection.body().containsKey("data")
                        || introspection.body().isNull("data")
                        || introspection.body().getJsonObject("data").isNull("__schema"),
                introspection::toString);
        Reply lines = server.graphQL().call(agentToken(), "{ senderLines { id } }");
        assertFalse(lines.body().containsKey("errors"), () -> "the API itself answers: " + lines);
    }

    @Test
    void textsWaitWithTheirReasonUntilAnAccountIsSavedAndThenGoOutOnce() {
        JsonObject line = server.graphQL()
                .call(
                        adminToken(),
                        LINE,
                        "input",
                        Map.of(
                                "description",
                                "Service",
                                "phoneNumber",
                                localMobile(),
                                "kind",
                                "TWO_WAY",
                                "messagesPerSecond",
                                10))
                .data("saveSenderLine")
                .asJsonObject();
        String customer = e164(localMobile());
        JsonObject queued = server.graphQL()
                .call(
                        agentToken(),
                        SEND,
                        "input",
                        Map.of("to", customer, "lineId", line.getString("id"), "body", "Your appointment is tomorrow"))
                .data("sendMessage")
                .asJsonObject();
        assertEquals("QUEUED", queued.getString("deliveryStatus"));

        JsonObject waiting = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> outbound(server, queued.getString("conversationId")),
                        message -> "CARRIER_NOT_CONFIGURED".equals(message.getString("errorCode", null)));
        assertEquals("QUEUED", waiting.getString("deliveryStatus"));
        assertTrue(waiting.getString("errorMessage").contains("Twilio account"), waiting::toString);
        var health = server.get("/health/ready");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("NOT_CONFIGURED"), health.body());
        assertEquals(List.of(), twilio.textsFrom(line.getString("phoneNumber")), "nothing reached a carrier");

        Center center = Center.withFakeTwilio(server);
        JsonObject sent =
                center.awaitOutbound(queued.getString("conversationId"), "Your appointment is tomorrow", "SENT");
        assertTrue(sent.isNull("errorCode"), sent::toString);
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertEquals(1, twilio.textsTo(customer).size(), "sent once");
    }

    private static JsonObject outbound(Server server, String conversation) {
        return server
                .graphQL()
                .call(agentToken(), Center.CONVERSATION, "id", conversation)
                .array("conversation.messages")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(message -> message.getString("direction").equals("OUTBOUND"))
                .findFirst()
                .orElseThrow();
    }
}

package io.textcenter.messaging.web.texting;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.Metrics;
import io.textcenter.messaging.web.support.Server;
import io.textcenter.messaging.web.support.Webhooks;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Texting in both directions against the deployed module: signed webhooks in, the outbox out through a fake Twilio
 * that records every call and refuses on demand.
 */
class TwoWayTextingIT extends AgainstTheDeployedModule {

    private static final String SEND =
            "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId deliveryStatus segments author { loginId } } }";

    private final FakeTwilio twilio = FakeTwilio.instance();
    private Center center;
    private Server server;
    private GraphQL graphQL;
    private Webhooks webhooks;

    @BeforeEach
    void connect() {
        server = server();
        center = Center.withFakeTwilio(server);
        graphQL = center.graphQL();
        webhooks = center.webhooks();
    }

    @Test
    void aSignedInboundTextStartsAConversationWithTheCustomerOfThatNumber() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = customer("Ann Lee", mobile);

        var response = webhooks.inbound(Webhooks.text(messageSid(), mobile, line, "Is my technician on the way? 🚐"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<Response"), response.body());

        JsonObject conversation = onlyConversationOf(customer);
        assertEquals(mobile, conversation.getString("externalNumber"));
        assertEquals(line, conversation.getJsonObject("line").getString("phoneNumber"));
        assertEquals("NEW", conversation.getString("status"));
        assertEquals(1, conversation.getInt("unreviewedCount"));
        JsonObject message = conversation.getJsonArray("messages").getJsonObject(0);
        assertEquals("INBOUND", message.getString("direction"));
        assertEquals("Is my technician on the way? 🚐", message.getString("body"));
        assertEquals("RECEIVED", message.getString("deliveryStatus"));
        assertEquals(false, message.getBoolean("reviewed"));
        assertEquals(1, message.getInt("segments"));
    }

    @Test
    void aWebhookTwilioRetriesIsStoredOnce() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = customer("Bo Ray", mobile);
        var text = Webhooks.text(messageSid(), mobile, line, "Hello");

        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(200, webhooks.inbound(text).statusCode());
        }
        assertEquals(1, onlyConversationOf(customer).getJsonArray("messages").size());
    }

    @Test
    void textsFromOneNumberArrivingAtOnceAreAllStored() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = customer("Al Burst", mobile);
        List<Map<String, String>> texts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            texts.add(Webhooks.text(messageSid(), mobile, line, "Part " + i));
        }
        for (HttpResponse<String> answer : webhooks.inboundAtOnce(texts)) {
            assertEquals(200, answer.statusCode());
        }
        assertEquals(
                texts.size(),
                onlyConversationOf(customer).getJsonArray("messages").size());
    }

    @Test
    void aWebhookTwilioRetriesWhileTheFirstIsStoredIsStoredOnce() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = customer("Di Retry", mobile);
        Map<String, String> text = Webhooks.text(messageSid(), mobile, line, "Only once, please");
        List<Map<String, String>> texts = new ArrayList<>(Collections.nCopies(6, text));
        for (int i = 0; i < 3; i++) {
            texts.add(Webhooks.text(messageSid(), mobile, line, "Another " + i));
        }
        for (HttpResponse<String> answer : webhooks.inboundAtOnce(texts)) {
            assertEquals(200, answer.statusCode());
        }
        List<String> bodies = onlyConversationOf(customer).getJsonArray("messages").stream()
                .map(message -> message.asJsonObject().getString("body"))
                .sorted()
                .toList();
        assertEquals(List.of("Another 0", "Another 1", "Another 2", "Only once, please"), bodies);
    }

    @Test
    void anUnsignedOrWronglySignedWebhookIsRefusedAndStoresNothing() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = customer("Cy Forger", mobile);
        var text = Webhooks.text(messageSid(), mobile, line, "Hello");

        assertEquals(
                403, webhooks.post("/messaging/api/twilio/inbound", text, null).statusCode());
        assertEquals(
                403,
                webhooks.post("/messaging/api/twilio/inbound", text, "bm90IGEgc2lnbmF0dXJl")
                        .statusCode());
        var tampered = new java.util.LinkedHashMap<>(text);
        String signatureOfOriginal = webhooks.signature("/messaging/api/twilio/inbound", text);
        tampered.put("Body", "Send me your password");
        assertEquals(
                403,
                webhooks.post("/messaging/api/twilio/inbound", tampered, signatureOfOriginal)
                        .statusCode());
        assertEquals(
                403,
                webhooks.post(
                                "/messaging/api/twilio/status",
                                Map.of("MessageSid", "SMx", "MessageStatus", "delivered"),
                                null)
                        .statusCode());

        assertTrue(conversationsOf(customer).isEmpty());
    }

    @Test
    void malformedWebhooksAreBadRequestsAndTextsToOtherNumbersAreNotFound() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = customer("Di Malformed", mobile);

        var noSid = new java.util.LinkedHashMap<>(Webhooks.text(messageSid(), mobile, line, "Hi"));
        noSid.remove("MessageSid");
        assertEquals(
                400,
                webhooks.post(
                                "/messaging/api/twilio/inbound",
                                noSid,
                                webhooks.signature("/messaging/api/twilio/inbound", noSid))
                        .statusCode());
        assertEquals(
                404,
                webhooks.inbound(Webhooks.text(messageSid(), mobile, e164(localMobile()), "Hi"))
                        .statusCode());

        assertTrue(conversationsOf(customer).isEmpty());
    }

    @Test
    void everyMediaItemOfAnMmsBecomesAnAttachmentServedAtASignedUrl() throws Exception {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = customer("Eve Photos", mobile);
        byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        var mms = new java.util.LinkedHashMap<>(Webhooks.text(messageSid(), mobile, line, "Photos of the leak"));
        mms.put("NumMedia", "3");
        for (int n = 0; n < 3; n++) {
            mms.put(
                    "MediaUrl" + n,
                    twilio.media(mobile.substring(1) + "-" + n, n == 2 ? "video/mp4" : "image/png", picture));
            mms.put("MediaContentType" + n, n == 2 ? "video/mp4" : "image/png");
        }
        assertEquals(200, webhooks.inbound(mms).statusCode());

        var attachments = onlyConversationOf(customer)
                .getJsonArray("messages")
                .getJsonObject(0)
                .getJsonArray("attachments");
        assertEquals(3, attachments.size());
        assertEquals("video/mp4", attachments.getJsonObject(2).getString("contentType"));

        String url = attachments.getJsonObject(0).getString("url");
        var served = server.send(
                HttpRequest.newBuilder(server.uri(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertArrayEquals(picture, served.body());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());

        assertEquals(
                403,
                server.get(url.replaceAll("signature=[^&]+", "signature=forged"))
                        .statusCode());
        assertEquals(
                403, server.get(url.replaceAll("expires=\\d+", "expires=1000")).statusCode());
        assertEquals(403, server.get(url.replaceAll("\\?.*", "")).statusCode());
    }

    @Test
    void aNumberThatSaidStopIsNeverTextedUntilItSaysStart() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = customer("Fay Stop", mobile);

        webhooks.inbound(Webhooks.text(messageSid(), mobile, line, " stop "));
        String conversation = onlyConversationOf(customer).getString("id");
        assertEquals("OPT_OUT", latest(conversation).getString("kind"));

        var skipped = graphQL.call(
                agentToken(), SEND, "input", Map.of("conversationId", conversation, "body", "Are you there?"));
        assertEquals("SKIPPED", skipped.string("sendMessage.deliveryStatus"));

        webhooks.inbound(Webhooks.text(messageSid(), mobile, line, "START"));
        assertEquals("OPT_IN", latest(conversation).getString("kind"));
        graphQL.call(agentToken(), SEND, "input", Map.of("conversationId", conversation, "body", "Welcome back"));
        awaitStatus(conversation, "Welcome back", "SENT");

        assertEquals(1, twilio.textsTo(mobile).size(), "only the text after START reached the carrier");
        assertTrue(twilio.textsTo(mobile).get(0).getBodyAsString().contains("Body=Welcome+back"));
    }

    @Test
    void aCarrierThatIsBusyTwiceGetsTheTextOnTheThirdTry() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        twilio.refuse(mobile, 2, 429, 20429);

        var sent = graphQL.call(
                agentToken(),
                SEND,
                "input",
                Map.of("lineId", lineId(line), "to", mobile, "body", "Your appointment is confirmed"));
        String conversation = sent.string("sendMessage.conversationId");
        awaitStatus(conversation, "Your appointment is confirmed", "SENT");

        assertEquals(3, twilio.textsTo(mobile).size(), "two refused attempts, then the one that was taken");
        assertEquals(1, twilio.acceptedSids(mobile).size());
    }

    @Test
    void aServerErrorIsRetriedAndEveryAttemptAsksForStatusCallbacks() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        twilio.refuse(mobile, 1, 500, 20500);

        String conversation = graphQL.call(
                        agentToken(), SEND, "input", Map.of("lineId", lineId(line), "to", mobile, "body", "Retry me"))
                .string("sendMessage.conversationId");
        awaitStatus(conversation, "Retry me", "SENT");

        String callback = java.net.URLEncoder.encode(
                server.uri("/messaging/api/twilio/status") + "#rc=3&rp=5xx,ct,rt",
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, twilio.textsTo(mobile).size());
        twilio.textsTo(mobile)
                .forEach(call -> assertTrue(
                        call.getBodyAsString().contains("StatusCallback=" + callback), call::getBodyAsString));
    }

    @Test
    void aRefusalWithAnErrorCodeFailsAtOnceWithThatCode() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        twilio.alwaysRefuse(mobile, 400, 21211);

        var sent = graphQL.call(
                agentToken(), SEND, "input", Map.of("lineId", lineId(line), "to", mobile, "body", "Hello"));
        JsonObject failed = awaitStatus(sent.string("sendMessage.conversationId"), "Hello", "FAILED");

        assertEquals("21211", failed.getString("errorCode"));
        assertEquals(1, twilio.textsTo(mobile).size(), "a 4xx is not retried");
    }

    @Test
    void aCarrierOptOutRefusalRecordsTheOptOut() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        twilio.alwaysRefuse(mobile, 400, 21610);

        String conversation = graphQL.call(
                        agentToken(), SEND, "input", Map.of("lineId", lineId(line), "to", mobile, "body", "First"))
                .string("sendMessage.conversationId");
        assertEquals("21610", awaitStatus(conversation, "First", "FAILED").getString("errorCode"));

        var next = graphQL.call(agentToken(), SEND, "input", Map.of("conversationId", conversation, "body", "Second"));
        assertEquals("SKIPPED", next.string("sendMessage.deliveryStatus"));
        assertEquals(1, twilio.textsTo(mobile).size());
    }

    @Test
    void deliveryStatusOnlyMovesForwardWhateverOrderCallbacksArriveIn() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String conversation = graphQL.call(
                        agentToken(),
                        SEND,
                        "input",
                        Map.of("lineId", lineId(line), "to", mobile, "body", "Status check"))
                .string("sendMessage.conversationId");
        awaitStatus(conversation, "Status check", "SENT");
        String sid = sidOfLastText(mobile);

        List<String> callbacks = new ArrayList<>(List.of("queued", "sending", "sent", "delivered", "sent", "queued"));
        Collections.shuffle(callbacks);
        callbacks.add(callbacks.indexOf("delivered"), "sending");
        for (String status : callbacks) {
            assertEquals(200, webhooks.status(sid, status, null).statusCode());
        }
        assertEquals("DELIVERED", latest(conversation).getString("deliveryStatus"));
        assertEquals(200, webhooks.status(sid, "failed", "30003").statusCode());
        assertEquals("DELIVERED", latest(conversation).getString("deliveryStatus"), "delivered is final");
    }

    @Test
    void anUndeliveredTextKeepsTheCarriersErrorCode() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String conversation = graphQL.call(
                        agentToken(),
                        SEND,
                        "input",
                        Map.of("lineId", lineId(line), "to", mobile, "body", "Unreachable"))
                .string("sendMessage.conversationId");
        awaitStatus(conversation, "Unreachable", "SENT");

        webhooks.status(sidOfLastText(mobile), "undelivered", "30005");
        JsonObject message = latest(conversation);
        assertEquals("UNDELIVERED", message.getString("deliveryStatus"));
        assertEquals("30005", message.getString("errorCode"));
    }

    @Test
    void aScheduledTextWaitsForItsTimeAndGoesOutOnceAndACanceledOneNever() {
        String line = line("TWO_WAY");
        String soon = e164(localMobile());
        String later = e164(localMobile());
        String scheduled =
                "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId deliveryStatus } }";
        JsonObject first = graphQL.call(
                        agentToken(),
                        scheduled,
                        "input",
                        Map.of(
                                "lineId",
                                lineId(line),
                                "to",
                                soon,
                                "body",
                                "See you at 9",
                                "sendAt",
                                java.time.OffsetDateTime.now().plusSeconds(4).toString()))
                .data("sendMessage")
                .asJsonObject();
        JsonObject second = graphQL.call(
                        agentToken(),
                        scheduled,
                        "input",
                        Map.of(
                                "lineId",
                                lineId(line),
                                "to",
                                later,
                                "body",
                                "Reminder",
                                "sendAt",
                                java.time.OffsetDateTime.now().plusHours(1).toString()))
                .data("sendMessage")
                .asJsonObject();
        assertEquals("SCHEDULED", first.getString("deliveryStatus"));
        var listed = graphQL
                .call(
                        agentToken(),
                        "query($line: ID) { scheduledMessages(lineId: $line) { id } }",
                        "line",
                        lineId(line))
                .array("scheduledMessages")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(message -> message.getString("id"))
                .toList();
        assertEquals(List.of(first.getString("id"), second.getString("id")), listed, "soonest first");
        assertEquals(
                0,
                graphQL.call(
                                agentToken(),
                                "query($line: ID, $author: ID) { scheduledMessages(lineId: $line, authorId: $author) { id } }",
                                "line",
                                lineId(line),
                                "author",
                                "someone-else")
                        .array("scheduledMessages")
                        .size(),
                "another author's texts only");
        assertEquals(0, twilio.textsTo(soon).size(), "not before its time");

        awaitStatus(first.getString("conversationId"), "See you at 9", "SENT");
        JsonObject canceled = graphQL.call(
                        agentToken(),
                        "mutation($id: ID!) { cancelScheduledMessage(id: $id) { deliveryStatus } }",
                        "id",
                        second.getString("id"))
                .data("cancelScheduledMessage")
                .asJsonObject();
        assertEquals("SKIPPED", canceled.getString("deliveryStatus"));
        graphQL.call(
                        agentToken(),
                        "mutation($id: ID!) { cancelScheduledMessage(id: $id) { id } }",
                        "id",
                        first.getString("id"))
                .assertError("conflict", "SCHEDULED");
        assertEquals(1, twilio.textsTo(soon).size(), "sent once");
        assertEquals(0, twilio.textsTo(later).size(), "a canceled text never goes out");
        graphQL.call(
                        agentToken(),
                        scheduled,
                        "input",
                        Map.of(
                                "lineId",
                                lineId(line),
                                "to",
                                soon,
                                "body",
                                "Too late",
                                "sendAt",
                                java.time.OffsetDateTime.now().minusMinutes(1).toString()))
                .assertError("validation", "sendAt");
    }

    @Test
    void aCustomerWhoTextsTheSignUpKeywordGivesMarketingConsentWithTheInvitationsWording() {
        String signUp =
                "mutation($k: String, $w: String) { updateMarketingSignUp(keyword: $k, wording: $w) { keyword } }";
        graphQL.call(adminToken(), signUp, "k", "stop", "w", "Reply STOP for offers")
                .assertError("validation", "keyword");
        assertEquals(
                "JOIN",
                graphQL.call(adminToken(), signUp, "k", "join", "w", "Reply JOIN for offers by text, about two a month")
                        .string("updateMarketingSignUp.keyword"));
        try {
            String mobile = e164(localMobile());
            assertEquals(
                    200,
                    webhooks.inbound(Webhooks.text(messageSid(), mobile, line("TWO_WAY"), " Join "))
                            .statusCode());

            JsonObject consent = graphQL.call(
                            agentToken(),
                            "query($f: ConversationFilter) { conversations(filter: $f) { items {"
                                    + " consent { marketing history { source wording recordedBy } } } } }",
                            "f",
                            Map.of("search", mobile.substring(2)))
                    .array("conversations.items")
                    .getJsonObject(0)
                    .getJsonObject("consent");
            assertEquals(JsonObject.TRUE, consent.get("marketing"));
            JsonObject given = consent.getJsonArray("history").getJsonObject(0);
            assertEquals("KEYWORD", given.getString("source"));
            assertEquals("Reply JOIN for offers by text, about two a month", given.getString("wording"));
        } finally {
            graphQL.call(adminToken(), signUp, "k", null, "w", null).data("updateMarketingSignUp");
        }
    }

    @Test
    void theCarrierCallsTimeIsReportedInSecondsAsItsNameSays() {
        String line = line("TWO_WAY");
        String conversation = graphQL.call(
                        agentToken(),
                        SEND,
                        "input",
                        Map.of("lineId", lineId(line), "to", e164(localMobile()), "body", "Timed"))
                .string("sendMessage.conversationId");
        awaitStatus(conversation, "Timed", "SENT");

        // the fake carrier answers on loopback: well under the 30 s a call may wait, and more than nothing
        Metrics metrics = new Metrics(server);
        double slowest = metrics.value("outbox_carrier_call_seconds_max", "line", lineId(line));
        assertTrue(slowest > 0 && slowest < 30, "outbox_carrier_call_seconds_max = " + slowest);
        List<Double> quantiles = metrics.values("outbox_carrier_call_seconds", "line", lineId(line));
        assertTrue(
                quantiles.stream().allMatch(seconds -> seconds < 30),
                "outbox_carrier_call_seconds quantiles in seconds: " + quantiles);
    }

    @Test
    void theClockStaysTheWallClockWhenTextsGoToTwilio() {
        graphQL.call(
                        adminToken(),
                        "mutation($to: DateTime!) { sandboxMoveClock(to: $to) }",
                        "to",
                        java.time.OffsetDateTime.now().plusDays(1).toString())
                .assertError("forbidden", "sandbox mode");
    }

    @Test
    void theSandboxPhoneIsRefusedWhenTextsGoToTwilioAndStoresNothing() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        graphQL.call(
                        agentToken(),
                        "mutation($from: String!, $to: String!) { sandboxReceiveText(from: $from, to: $to, body: \"hi\") { id } }",
                        "from",
                        mobile,
                        "to",
                        line)
                .assertError("forbidden", "sandbox mode");
        assertEquals(
                0,
                graphQL.call(
                                agentToken(),
                                "query($f: ConversationFilter) { conversations(filter: $f) { items { id } } }",
                                "f",
                                Map.of("search", mobile.substring(2)))
                        .array("conversations.items")
                        .size());
    }

    @Test
    void aReplyToTheOutboundOnlyNumberIsAnsweredOnceADay() {
        String line = line("OUTBOUND_ONLY");
        String mobile = e164(localMobile());
        String customer = customer("Gus Replier", mobile);

        webhooks.inbound(Webhooks.text(messageSid(), mobile, line, "Thanks!"));
        webhooks.inbound(Webhooks.text(messageSid(), mobile, line, "Hello?"));
        String conversation = onlyConversationOf(customer).getString("id");
        awaitStatus(conversation, null, "SENT");

        var answers = onlyConversationOf(customer).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getString("kind").equals("AUTO_RESPONSE"))
                .toList();
        assertEquals(1, answers.size());
        assertTrue(answers.get(0)
                .getString("body")
                .startsWith("This phone number is for outbound messages only and is not monitored."));
        assertEquals(1, twilio.textsTo(mobile).size());
    }

    @Test
    void aCustomerSavedLaterWithTheMobileTakesOverTheConversation() {
        String line = line("TWO_WAY");
        String mobile = localMobile();
        webhooks.inbound(Webhooks.text(messageSid(), e164(mobile), line, "Who is this?"));

        String customer = customer("Hal Later", mobile);
        JsonObject conversation = onlyConversationOf(customer);
        assertEquals(customer, conversation.getJsonObject("customer").getString("id"));
        assertEquals(
                "Who is this?",
                conversation.getJsonArray("messages").getJsonObject(0).getString("body"));
    }

    @Test
    void aTextIsAttributedToTheEmployeeWhoSentItAndCountsItsSegments() {
        String line = line("TWO_WAY");
        String login = "sender" + System.nanoTime();
        graphQL.call(
                adminToken(),
                "mutation($login: String) { saveEmployee(input: {name: \"Ivy Sender\", loginId: $login, textMessagingRole: true}) { id } }",
                "login",
                login);
        String token = io.textcenter.messaging.web.support.Fixtures.TOKENS.issue(login, "TextMessaging");

        var sent = graphQL.call(
                token,
                SEND,
                "input",
                Map.of("lineId", lineId(line), "to", localMobile(), "body", "Café ☕ ".repeat(12)));
        assertEquals(login, sent.string("sendMessage.author.loginId"));
        assertEquals(
                2,
                sent.body().getJsonObject("data").getJsonObject("sendMessage").getInt("segments"),
                "96 UCS-2 characters take two segments");
    }

    @Test
    void invalidSendsAreRefusedNamingTheFieldAndQueueNothing() {
        String line = line("TWO_WAY");
        String mobile = e164(localMobile());
        String lineId = lineId(line);

        graphQL.call(agentToken(), SEND, "input", Map.of("lineId", lineId, "to", mobile, "body", "x".repeat(1601)))
                .assertError("validation", "body");
        graphQL.call(agentToken(), SEND, "input", Map.of("lineId", lineId, "to", mobile, "body", "  "))
                .assertError("validation", "body");
        graphQL.call(agentToken(), SEND, "input", Map.of("lineId", lineId, "to", "12345", "body", "Hi"))
                .assertError("validation", "to");
        graphQL.call(agentToken(), SEND, "input", Map.of("lineId", "987654321", "to", mobile, "body", "Hi"))
                .assertError("not-found", "987654321");
        graphQL.call(agentToken(), SEND, "input", Map.of("to", mobile, "body", "Hi"))
                .assertError("validation", "lineId");
        graphQL.call(
                        agentToken(),
                        SEND,
                        "input",
                        Map.of(
                                "lineId",
                                lineId,
                                "to",
                                mobile,
                                "body",
                                "Hi",
                                "imageUrls",
                                List.of("file:///etc/passwd")))
                .assertError("validation", "imageUrls");
        graphQL.anonymous(SEND, "input", Map.of("lineId", lineId, "to", mobile, "body", "Hi"))
                .assertError("forbidden", "bearer token");

        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> twilio.textsTo(mobile).isEmpty());
    }

    private String line(String kind) {
        return center.line(kind).number();
    }

    private String lineId(String phoneNumber) {
        return graphQL
                .call(agentToken(), "{ senderLines { id phoneNumber } }")
                .array("senderLines")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(line -> line.getString("phoneNumber").equals(phoneNumber))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    private String customer(String name, String mobile) {
        return center.customer(name, mobile);
    }

    private List<JsonObject> conversationsOf(String customer) {
        return center.conversationsOf(customer);
    }

    private JsonObject onlyConversationOf(String customer) {
        return center.onlyConversationOf(customer);
    }

    private JsonObject latest(String conversation) {
        return center.latest(conversation);
    }

    private JsonObject awaitStatus(String conversation, String body, String status) {
        return center.awaitOutbound(conversation, body, status);
    }

    private String sidOfLastText(String mobile) {
        List<String> sids = twilio.acceptedSids(mobile);
        return sids.get(sids.size() - 1);
    }
}

package io.textcenter.messaging.web.support;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The deployed module set up the way tests of texting need it: the fake Twilio as its account, lines and customers of
 * the test's own, and look-ups of conversations as the center sees them.
 */
public final class Center {

    public static final String CONVERSATION = """
            query($id: ID!) { conversation(id: $id) { id status unreviewedCount customer { id }
              messages(order: NEWEST_FIRST) { id direction kind body deliveryStatus errorCode errorMessage
                                              attachments { url contentType } } } }""";
    private static final String CONVERSATIONS_OF_CUSTOMER = """
            query($id: ID!) { customer(id: $id) { textConversations {
              id externalNumber status unreviewedCount line { phoneNumber } customer { id }
              messages { id direction kind body reviewed deliveryStatus errorCode errorMessage segments
                         author { loginId } attachments { url contentType } } } } }""";
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    /** The most one request may hold (messaging.graphql.max-mutations). */
    private static final int MUTATIONS_PER_REQUEST = 10;

    private final Server server;
    private final GraphQL graphQL;
    private final Webhooks webhooks;

    private Center(Server server, String publicBaseUrl) {
        this.server = server;
        this.graphQL = server.graphQL();
        this.webhooks = new Webhooks(server, publicBaseUrl);
    }

    /**
     * Makes the fake Twilio (started if need be) the module's account, with this server's public URL; the server texts
     * around the clock ({@link Fixtures#textAroundTheClock}).
     */
    public static Center withFakeTwilio(Server server) {
        FakeTwilio.instance();
        String publicBaseUrl = server.uri("/").toString().replaceAll("/$", "");
        server.graphQL()
                .call(
                        adminToken(),
                        "mutation($url: String) { updateTwilioSettings(accountSid: \"%s\", authToken: \"%s\", publicBaseUrl: $url) { authTokenSet } }"
                                .formatted(FakeTwilio.ACCOUNT_SID, FakeTwilio.AUTH_TOKEN),
                        "url",
                        publicBaseUrl)
                .data("updateTwilioSettings");
        Fixtures.textAroundTheClock(server.graphQL());
        return new Center(server, publicBaseUrl);
    }

    /**
     * Another instance of the same cluster, already set up through {@code first}: webhooks reaching it are signed over
     * the public URL the account has (as behind a load balancer).
     */
    public static Center sameAccountAs(Center first, Server server) {
        return new Center(server, first.webhooks.publicBaseUrl());
    }

    public GraphQL graphQL() {
        return graphQL;
    }

    public Webhooks webhooks() {
        return webhooks;
    }

    public Server server() {
        return server;
    }

    /** A new line of this kind (sending fast, so tests do not wait for pacing). */
    public Line line(String kind) {
        return line(kind, 50);
    }

    /** A new line of this kind sending at most {@code messagesPerSecond}. */
    public Line line(String kind, double messagesPerSecond) {
        JsonObject line = graphQL.call(
                        adminToken(),
                        "mutation($input: SenderLineInput!) { saveSenderLine(input: $input) { id phoneNumber } }",
                        "input",
                        Map.of(
                                "description",
                                kind + " line " + System.nanoTime(),
                                "phoneNumber",
                                localMobile(),
                                "kind",
                                kind,
                                "messagesPerSecond",
                                messagesPerSecond))
                .data("saveSenderLine")
                .asJsonObject();
        return new Line(line.getString("id"), line.getString("phoneNumber"));
    }

    /**
     * {@code count} new customers with a mobile each and an appointment on {@code day}, saved as many to a request as
     * one may hold; returns their mobiles (E.164).
     */
    public List<String> customersWithAppointments(int count, LocalDate day) {
        List<String> mobiles =
                IntStream.range(0, count).mapToObj(i -> e164(localMobile())).toList();
        ExecutorService setUp = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < count; from += MUTATIONS_PER_REQUEST) {
                int first = from;
                List<String> some = mobiles.subList(from, Math.min(count, from + MUTATIONS_PER_REQUEST));
                done.add(setUp.submit(() -> {
                    List<String> customers = saveEach(
                            "saveCustomer",
                            "CustomerInput",
                            IntStream.range(0, some.size())
                                    .mapToObj(i -> Map.<String, Object>of(
                                            "name", "Bulk" + (first + i) + " Receiver", "mobile", some.get(i)))
                                    .toList());
                    saveEach(
                            "saveAppointment",
                            "AppointmentInput",
                            customers.stream()
                                    .map(customer ->
                                            Map.<String, Object>of("customerId", customer, "start", day + "T09:00:00Z"))
                                    .toList());
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } catch (InterruptedException | ExecutionException failed) {
            throw new IllegalStateException("setting up customers failed", failed);
        } finally {
            setUp.shutdown();
        }
        return mobiles;
    }

    /** One request that saves each input with {@code mutation}; returns the saved ids in the inputs' order. */
    private List<String> saveEach(String mutation, String inputType, List<Map<String, Object>> inputs) {
        StringBuilder parameters = new StringBuilder();
        StringBuilder saves = new StringBuilder();
        Object[] variables = new Object[inputs.size() * 2];
        for (int i = 0; i < inputs.size(); i++) {
            parameters
                    .append(" $input")
                    .append(i)
                    .append(": ")
                    .append(inputType)
                    .append('!');
            saves.append(" saved")
                    .append(i)
                    .append(": ")
                    .append(mutation)
                    .append("(input: $input")
                    .append(i)
                    .append(") { id }");
            variables[2 * i] = "input" + i;
            variables[2 * i + 1] = inputs.get(i);
        }
        Reply saved = graphQL.call(adminToken(), "mutation(" + parameters + ") {" + saves + " }", variables);
        return IntStream.range(0, inputs.size())
                .mapToObj(i -> saved.string("saved" + i + ".id"))
                .toList();
    }

    /** A text from the line to {@code to}, written now and SCHEDULED for {@code sendAt}; returns its message id. */
    public String scheduleText(Line line, String to, String body, OffsetDateTime sendAt) {
        JsonObject scheduled = graphQL.call(
                        agentToken(),
                        "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id deliveryStatus } }",
                        "input",
                        Map.of("lineId", line.id(), "to", to, "body", body, "sendAt", sendAt.toString()))
                .data("sendMessage")
                .asJsonObject();
        assertEquals("SCHEDULED", scheduled.getString("deliveryStatus"));
        return scheduled.getString("id");
    }

    public String customer(String name, String mobile) {
        return graphQL.call(
                        adminToken(),
                        "mutation($input: CustomerInput!) { saveCustomer(input: $input) { id } }",
                        "input",
                        Map.of("name", name, "mobile", mobile))
                .string("saveCustomer.id");
    }

    public List<JsonObject> conversationsOf(String customer) {
        return graphQL.call(agentToken(), CONVERSATIONS_OF_CUSTOMER, "id", customer)
                .array("customer.textConversations")
                .getValuesAs(JsonObject.class);
    }

    public JsonObject onlyConversationOf(String customer) {
        List<JsonObject> conversations = conversationsOf(customer);
        assertEquals(1, conversations.size(), conversations::toString);
        return conversations.get(0);
    }

    /** The conversation's messages, newest first. */
    public List<JsonObject> messages(String conversation) {
        return graphQL.call(agentToken(), CONVERSATION, "id", conversation)
                .array("conversation.messages")
                .getValuesAs(JsonObject.class);
    }

    public JsonObject latest(String conversation) {
        return messages(conversation).get(0);
    }

    /** Waits until an outbound message with this body (any, when null) has the status; returns it. */
    public JsonObject awaitOutbound(String conversation, String body, String status) {
        try {
            return await().atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> messages(conversation).stream()
                                    .filter(message ->
                                            message.getString("direction").equals("OUTBOUND"))
                                    .filter(message -> body == null || body.equals(message.getString("body", null)))
                                    .filter(message -> status.equals(message.getString("deliveryStatus")))
                                    .findFirst()
                                    .orElse(null),
                            Objects::nonNull);
        } catch (ConditionTimeoutException timedOut) {
            throw new AssertionError(
                    "no outbound " + status + " text \"" + body + "\" within " + PATIENCE + "; the conversation has "
                            + messages(conversation),
                    timedOut);
        }
    }

    /** How many of the line's outbound texts (up to 200 conversations) have each delivery status. */
    public Map<String, Long> outboundStatuses(Line line) {
        return graphQL
                .call(
                        agentToken(),
                        "query($line: ID) { conversations(filter: {lineId: $line}, first: 200) { items {"
                                + " messages { direction deliveryStatus } } } }",
                        "line",
                        line.id())
                .array("conversations.items")
                .getValuesAs(JsonObject.class)
                .stream()
                .flatMap(conversation -> conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream())
                .filter(message -> message.getString("direction").equals("OUTBOUND"))
                .collect(Collectors.groupingBy(message -> message.getString("deliveryStatus"), Collectors.counting()));
    }

    /** Starts a bulk send to the customers with appointments on the day, from the line; returns its id. */
    public String startBulkCustomerSend(LocalDate day, Line line, String body) {
        return graphQL.call(
                        agentToken(),
                        "mutation($input: BulkCustomerSendInput!) { startBulkCustomerSend(input: $input) { id } }",
                        "input",
                        Map.of("date", day.toString(), "lineId", line.id(), "body", body))
                .string("startBulkCustomerSend.id");
    }

    /** Waits until the bulk send is COMPLETED; returns its status, total, sent, skipped and failed. */
    public JsonObject awaitBulkSendCompleted(String bulkSend) {
        return await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> graphQL.call(
                                        agentToken(),
                                        "query($id: ID!) { bulkSend(id: $id) { status total sent skipped failed } }",
                                        "id",
                                        bulkSend)
                                .data("bulkSend")
                                .asJsonObject(),
                        bulk -> bulk.getString("status").equals("COMPLETED"));
    }

    /** A line of the test's own. */
    public record Line(String id, String number) {}
}

package io.textcenter.messaging.web.inbox;

import static io.textcenter.messaging.web.support.Fixtures.TOKENS;
import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static io.textcenter.messaging.web.support.Fixtures.unusedDay;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.inside.SqlStatementCounter;
import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.LiveInbox;
import io.textcenter.messaging.web.support.Reply;
import io.textcenter.messaging.web.support.SameOnEveryDatabase;
import io.textcenter.messaging.web.support.Server;
import io.textcenter.messaging.web.support.Webhooks;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A day in the Text Messaging Center, through the GraphQL API and its live subscription. */
@SameOnEveryDatabase
class InboxIT extends AgainstTheDeployedModule {

    private static final String INBOX = """
            query($filter: ConversationFilter, $first: Int, $after: String) { conversations(filter: $filter, first: $first, after: $after) {
              totalCount nextCursor items { id externalNumber status unreviewedCount lastMessageAt claimedBy { name } customer { name } } } }""";
    private static final String HISTORY = """
            query($id: ID!, $order: SortOrder) { conversation(id: $id) { status unreviewedCount claimedBy { name }
              messages(order: $order) { id direction kind body reviewed deliveryStatus author { name } } } }""";
    /** A send whose texts are queued in bursts larger than what a subscriber takes at once. */
    private static final int BULK_RECIPIENTS = 600;

    private static final String SUBSCRIPTION = "subscription { conversationChanged { id status unreviewedCount } }";

    private final FakeTwilio twilio = FakeTwilio.instance();
    private Center center;
    private GraphQL graphQL;
    private Webhooks webhooks;

    @BeforeEach
    void connect() {
        center = Center.withFakeTwilio(server());
        graphQL = center.graphQL();
        webhooks = center.webhooks();
    }

    @Test
    void aDayInTheCenter() throws Exception {
        Line line = center.line("TWO_WAY");
        String mobile = e164(localMobile());
        String ann = agent("Ann Agent");
        String bob = agent("Bob Agent");
        String template = graphQL.call(
                        adminToken(),
                        "mutation($input: TemplateInput!) { saveTemplate(input: $input) { id } }",
                        "input",
                        Map.of("description", "Arrival " + System.nanoTime(), "body", "We will be there at 3 PM."))
                .string("saveTemplate.id");

        String probe = e164(localMobile());
        Runnable probeText = () -> webhooks.inbound(Webhooks.text(messageSid(), probe, line.number(), "probe"));
        try (LiveInbox live =
                        LiveInbox.subscribe(center.server(), ann, SUBSCRIPTION).awaitReady(probeText);
                LiveInbox bobsLive =
                        LiveInbox.subscribe(center.server(), bob, SUBSCRIPTION).awaitReady(probeText)) {
            webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "My sink is leaking"));
            JsonObject item = only(graphQL.call(ann, INBOX, "filter", Map.of("search", mobile.substring(2))));
            String id = item.getString("id");
            assertEquals("NEW", item.getString("status"));
            assertEquals(1, item.getInt("unreviewedCount"));
            awaitLive(live, id, "NEW");

            var claimed = graphQL.call(
                    ann, "mutation($id: ID!) { claimConversation(id: $id) { status claimedBy { name } } }", "id", id);
            assertEquals("CLAIMED", claimed.string("claimConversation.status"));
            assertEquals("Ann Agent", claimed.string("claimConversation.claimedBy.name"));
            awaitLive(live, id, "CLAIMED");
            awaitLive(bobsLive, id, "CLAIMED");
            graphQL.call(bob, "mutation($id: ID!) { claimConversation(id: $id) { status } }", "id", id)
                    .assertError("conflict", "Ann Agent");

            var whisper = graphQL.call(
                    ann,
                    "mutation($id: ID!) { whisper(conversationId: $id, body: \"Customer is upset about {price}, be gentle\") { direction kind author { name } reviewed } }",
                    "id",
                    id);
            assertEquals("INTERNAL", whisper.string("whisper.direction"));
            assertEquals("Ann Agent", whisper.string("whisper.author.name"));
            graphQL.call(
                            TOKENS.issue("visitor" + System.nanoTime(), "TextMessaging"),
                            "mutation($id: ID!) { whisper(conversationId: $id, body: \"Hi\") { id } }",
                            "id",
                            id)
                    .assertError("validation", "no employee");

            graphQL.call(
                            ann,
                            "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }",
                            "input",
                            Map.of("conversationId", id, "templateId", template, "body", "We will be there at 4 PM."))
                    .data("sendMessage");
            center.awaitOutbound(id, "We will be there at 4 PM.", "SENT");

            graphQL.call(ann, "mutation($id: ID!) { markConversationReviewed(id: $id) { id } }", "id", id)
                    .data("markConversationReviewed");
            assertEquals(0, history(ann, id, "OLDEST_FIRST").getInt("unreviewedCount"));

            graphQL.call(ann, "mutation($id: ID!) { resolveConversation(id: $id) { status } }", "id", id)
                    .data("resolveConversation");
            graphQL.call(ann, "mutation($id: ID!) { resolveConversation(id: $id) { status } }", "id", id)
                    .data("resolveConversation");
            awaitLive(live, id, "RESOLVED");

            webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "It is leaking again!"));
            awaitLive(live, id, "NEW");

            JsonObject history = history(ann, id, "OLDEST_FIRST");
            assertEquals("NEW", history.getString("status"));
            assertEquals(1, history.getInt("unreviewedCount"));
            List<String> kinds = history.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                    .map(m -> m.getString("kind"))
                    .toList();
            assertEquals(List.of("TEXT", "CLAIMED", "WHISPER", "TEXT", "RESOLVED", "REOPENED", "TEXT"), kinds);
            List<JsonObject> messages = history.getJsonArray("messages").getValuesAs(JsonObject.class);
            assertEquals(
                    "Ann Agent", messages.get(3).getJsonObject("author").getString("name"), "the reply is the agent's");
            assertEquals("RESOLVED", messages.get(4).getString("kind"));
            assertEquals(
                    "It is leaking again!",
                    history(ann, id, "NEWEST_FIRST")
                            .getJsonArray("messages")
                            .getJsonObject(0)
                            .getString("body"));
            assertTrue(
                    twilio.textsTo(mobile).stream()
                            .noneMatch(call -> call.getBodyAsString().contains("upset")),
                    "whispers are never sent");
        }
    }

    /** A shared inbox: a claim says who is on a conversation, not who owns it, so a colleague may resolve it. */
    @Test
    void anAgentResolvesAConversationAColleagueClaimedAndItIsRecordedAsTheirs() {
        String id = newConversation(center.line("TWO_WAY"), e164(localMobile()), "Is the part in?");
        String ann = agent("Ann Claimer");
        String cy = agent("Cy Closer");
        graphQL.call(ann, "mutation($id: ID!) { claimConversation(id: $id) { status } }", "id", id)
                .data("claimConversation");

        assertEquals(
                "RESOLVED",
                graphQL.call(cy, "mutation($id: ID!) { resolveConversation(id: $id) { status } }", "id", id)
                        .string("resolveConversation.status"));
        JsonObject event =
                history(cy, id, "NEWEST_FIRST").getJsonArray("messages").getJsonObject(0);
        assertEquals("RESOLVED", event.getString("kind"));
        assertEquals("Cy Closer", event.getJsonObject("author").getString("name"));
    }

    @Test
    void anAdministratorTakesOverAClaimAndItIsRecordedAndAudited() {
        String id = newConversation(center.line("TWO_WAY"), e164(localMobile()), "Hello");
        String annLogin = employee("Ann Holder");
        String ann = TOKENS.issue(annLogin, "TextMessaging");
        String bossLogin = employee("Ada Admin");
        String boss = TOKENS.issue(bossLogin, "Administrator");
        graphQL.call(ann, "mutation($id: ID!) { claimConversation(id: $id) { status } }", "id", id)
                .data("claimConversation");

        var taken = graphQL.call(
                boss, "mutation($id: ID!) { claimConversation(id: $id) { claimedBy { name } } }", "id", id);
        assertEquals("Ada Admin", taken.string("claimConversation.claimedBy.name"));
        JsonObject event =
                history(boss, id, "NEWEST_FIRST").getJsonArray("messages").getJsonObject(0);
        assertEquals("CLAIMED", event.getString("kind"));
        assertEquals("taken over from Ann Holder", event.getString("body"));

        String audit = "query($f: AuditFilter) { auditLog(filter: $f) { items { actor action } } }";
        List<JsonObject> entries = graphQL.call(boss, audit, "f", Map.of("subject", "conversation " + id))
                .array("auditLog.items")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of(bossLogin + " CONVERSATION_TAKEN_OVER", annLogin + " CONVERSATION_CLAIMED"),
                entries.stream()
                        .map(entry -> entry.getString("actor") + " " + entry.getString("action"))
                        .toList(),
                "newest first");
        graphQL.call(ann, audit, "f", Map.of("subject", "conversation " + id))
                .assertError("forbidden", "Administrator");
    }

    @Test
    void twoAgentsClaimingAtOnceGetOneClaimAndOneConflictWhileTextsArrive() throws Exception {
        Line line = center.line("TWO_WAY");
        String ann = agent("Ann Quick");
        String bob = agent("Bob Quick");
        String claim = "mutation($id: ID!) { claimConversation(id: $id) { status claimedBy { name } } }";
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 10; round++) {
                String mobile = e164(localMobile());
                String id = newConversation(line, mobile, "Anyone there?");
                CountDownLatch start = new CountDownLatch(1);
                Future<Reply> annClaims = callers.submit(() -> {
                    start.await();
                    return graphQL.call(ann, claim, "id", id);
                });
                Future<Reply> bobClaims = callers.submit(() -> {
                    start.await();
                    return graphQL.call(bob, claim, "id", id);
                });
                Future<HttpResponse<String>> textArrives = callers.submit(() -> {
                    start.await();
                    return webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "Hello?"));
                });
                start.countDown();
                List<Reply> replies = List.of(annClaims.get(30, TimeUnit.SECONDS), bobClaims.get(30, TimeUnit.SECONDS));
                assertEquals(200, textArrives.get(30, TimeUnit.SECONDS).statusCode());

                List<Reply> won = replies.stream()
                        .filter(reply -> !reply.body().containsKey("errors"))
                        .toList();
                assertEquals(1, won.size(), () -> "one claim wins: " + replies);
                String winner = won.get(0).string("claimConversation.claimedBy.name");
                replies.stream()
                        .filter(reply -> reply.body().containsKey("errors"))
                        .forEach(lost -> lost.assertError("conflict", winner));
                JsonObject history = history(ann, id, "OLDEST_FIRST");
                assertEquals(winner, history.getJsonObject("claimedBy").getString("name"));
                List<String> kinds = history.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("kind"))
                        .toList();
                assertEquals(1, kinds.stream().filter("CLAIMED"::equals).count(), kinds::toString);
                assertEquals(
                        2,
                        kinds.stream().filter("TEXT"::equals).count(),
                        () -> "the text that came meanwhile is kept: " + kinds);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void reviewFlagsDriveTheUnreviewedCount() {
        Line line = center.line("TWO_WAY");
        String mobile = e164(localMobile());
        String id = newConversation(line, mobile, "One");
        webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "Two"));
        String agent = agent("Rae Reviewer");
        assertEquals(2, history(agent, id, "OLDEST_FIRST").getInt("unreviewedCount"));

        String first = history(agent, id, "OLDEST_FIRST")
                .getJsonArray("messages")
                .getJsonObject(0)
                .getString("id");
        var reviewed = graphQL.call(
                agent,
                "mutation($m: ID!) { setMessageReviewed(messageId: $m, reviewed: true) { reviewed } }",
                "m",
                first);
        assertEquals(JsonObject.TRUE, reviewed.data("setMessageReviewed.reviewed"));
        assertEquals(1, history(agent, id, "OLDEST_FIRST").getInt("unreviewedCount"));
        graphQL.call(
                agent,
                "mutation($m: ID!) { setMessageReviewed(messageId: $m, reviewed: false) { reviewed } }",
                "m",
                first);
        assertEquals(2, history(agent, id, "OLDEST_FIRST").getInt("unreviewedCount"));
        assertEquals(
                1,
                graphQL.call(agent, INBOX, "filter", Map.of("lineId", line.id(), "unreviewedOnly", true))
                        .array("conversations.items")
                        .size());
    }

    @Test
    void theCalendarAndTheSearchFindConversations() {
        Line line = center.line("TWO_WAY");
        String mobile = e164(localMobile());
        String word = "zebra" + System.nanoTime();
        String id = newConversation(line, mobile, "Please check the " + word + " valve");
        String agent = agent("Sam Searcher");
        graphQL.call(
                        agent,
                        "mutation($c: ID!) { createCustomerFromConversation(conversationId: $c, name: \"Quincy Quartz\") { id mobile } }",
                        "c",
                        id)
                .data("createCustomerFromConversation");

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertEquals(
                id,
                only(graphQL.call(
                                agent,
                                INBOX,
                                "filter",
                                Map.of(
                                        "lineId",
                                        line.id(),
                                        "from",
                                        now.minusHours(1).toString(),
                                        "to",
                                        now.plusHours(1).toString())))
                        .getString("id"));
        assertEquals(
                0,
                graphQL.call(
                                agent,
                                INBOX,
                                "filter",
                                Map.of(
                                        "lineId",
                                        line.id(),
                                        "from",
                                        now.minusDays(3).toString(),
                                        "to",
                                        now.minusDays(2).toString()))
                        .array("conversations.items")
                        .size());
        assertEquals(
                id,
                only(graphQL.call(agent, INBOX, "filter", Map.of("search", word.toUpperCase())))
                        .getString("id"));
        assertEquals(
                id,
                only(graphQL.call(agent, INBOX, "filter", Map.of("search", mobile.substring(5), "lineId", line.id())))
                        .getString("id"));
        JsonObject byName =
                only(graphQL.call(agent, INBOX, "filter", Map.of("search", "quincy quar", "lineId", line.id())));
        assertEquals("Quincy Quartz", byName.getJsonObject("customer").getString("name"));
        assertEquals(
                1,
                graphQL.call(agent, INBOX, "filter", Map.of("lineId", line.id(), "status", List.of("NEW", "CLAIMED")))
                        .array("conversations.items")
                        .size());
        assertEquals(
                0,
                graphQL.call(agent, INBOX, "filter", Map.of("lineId", line.id(), "status", List.of("RESOLVED")))
                        .array("conversations.items")
                        .size());
    }

    @Test
    void pagingReturnsEachConversationOnceWhileTextsArrive() {
        Line line = center.line("TWO_WAY");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            numbers.add(e164(localMobile()));
            assertEquals(
                    200,
                    webhooks.inbound(Webhooks.text(messageSid(), numbers.get(i), line.number(), "Hello " + i))
                            .statusCode());
        }
        String agent = agentToken();
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Reply page = graphQL.call(agent, INBOX, "filter", Map.of("lineId", line.id()), "first", 25, "after", after);
            page.array("conversations.items")
                    .getValuesAs(JsonObject.class)
                    .forEach(item -> order.add(item.getString("externalNumber")));
            assertEquals(
                    120 + (pages == 0 ? 0 : 3 * pages),
                    page.body()
                            .getJsonObject("data")
                            .getJsonObject("conversations")
                            .getInt("totalCount"));
            after = page.string("conversations.nextCursor");
            // while paging: texts to conversations already seen and not yet seen, and brand-new conversations
            webhooks.inbound(Webhooks.text(messageSid(), numbers.get(pages), line.number(), "Again " + pages));
            webhooks.inbound(Webhooks.text(messageSid(), numbers.get(119 - pages), line.number(), "Again " + pages));
            webhooks.inbound(Webhooks.text(messageSid(), e164(localMobile()), line.number(), "New " + pages));
            webhooks.inbound(Webhooks.text(messageSid(), e164(localMobile()), line.number(), "New too " + pages));
            webhooks.inbound(Webhooks.text(messageSid(), e164(localMobile()), line.number(), "Also new " + pages));
            pages++;
        } while (after != null);

        seen.addAll(order);
        assertEquals(120, order.size(), "no conversation twice");
        assertEquals(new HashSet<>(numbers), seen, "every conversation once");
        assertEquals(5, pages);
        graphQL.call(agent, INBOX, "first", 500).assertError("validation", "first");
        graphQL.call(agent, INBOX, "after", "garbage").assertError("validation", "after");
    }

    @Test
    void aPageCostsTheSameStatementsWhateverItsSize() {
        Line line = center.line("TWO_WAY");
        for (int i = 0; i < 30; i++) {
            String mobile = e164(localMobile());
            center.customer("Customer " + i, mobile);
            webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "Hi " + i));
        }
        String page = """
                query($line: ID, $first: Int) { conversations(filter: {lineId: $line}, first: $first) { totalCount items {
                  id status unreviewedCount line { phoneNumber } customer { name } claimedBy { name } employee { name } appointments { id }
                  messages(order: NEWEST_FIRST) { body author { name } attachments { url } } } } }""";
        String agent = agentToken();
        graphQL.call(agent, page, "line", line.id(), "first", 30).data("conversations");

        GraphQL counted = graphQL.withHeader(SqlStatementCounter.COUNTED, "yes");
        long small = fewestStatements(
                () -> counted.call(agent, page, "line", line.id(), "first", 3).data("conversations"));
        long large = fewestStatements(
                () -> counted.call(agent, page, "line", line.id(), "first", 30).data("conversations"));
        assertTrue(small > 0, "the counter works");
        assertEquals(small, large, "3 and 30 conversations cost the same number of SQL statements");
    }

    @Test
    void conversationsAreTiedToCustomersAndAppointments() {
        String id = newConversation(center.line("TWO_WAY"), e164(localMobile()), "Hi");
        String customer = center.customer("Tia Tied", localMobile());
        String appointment = graphQL.call(
                        adminToken(),
                        "mutation($input: AppointmentInput!) { saveAppointment(input: $input) { id } }",
                        "input",
                        Map.of("customerId", customer, "start", "2041-02-02T10:00:00Z"))
                .string("saveAppointment.id");
        String agent = agentToken();

        graphQL.call(
                        agent,
                        "mutation($c: ID!, $k: ID!) { linkConversationToCustomer(conversationId: $c, customerId: $k) { id } }",
                        "c",
                        id,
                        "k",
                        customer)
                .data("linkConversationToCustomer");
        graphQL.call(
                        agent,
                        "mutation($c: ID!, $a: ID!) { linkConversationToAppointment(conversationId: $c, appointmentId: $a) { id } }",
                        "c",
                        id,
                        "a",
                        appointment)
                .data("linkConversationToAppointment");
        graphQL.call(
                        agent,
                        "mutation($c: ID!, $a: ID!) { linkConversationToAppointment(conversationId: $c, appointmentId: $a) { id } }",
                        "c",
                        id,
                        "a",
                        appointment)
                .data("linkConversationToAppointment");

        var tied = graphQL.call(
                agent, "query($id: ID!) { conversation(id: $id) { customer { name } appointments { id } } }", "id", id);
        assertEquals("Tia Tied", tied.string("conversation.customer.name"));
        assertEquals(1, tied.array("conversation.appointments").size());
        graphQL.call(
                        agent,
                        "mutation($c: ID!) { linkConversationToAppointment(conversationId: $c, appointmentId: \"987654321\") { id } }",
                        "c",
                        id)
                .assertError("not-found", "987654321");
        graphQL.call(agent, "mutation { claimConversation(id: \"987654321\") { id } }")
                .assertError("not-found", "987654321");
    }

    /**
     * Agents with either subscription see every conversation of a bulk send change; those of {@code conversationsChanged}
     * get the conversations that changed in the same moment together.
     */
    @Test
    void agentsWatchingTheInboxSeeEveryConversationOfABulkSendChange() throws Exception {
        Line line = center.line("TWO_WAY", 1000);
        LocalDate day = unusedDay();
        Set<String> texted = new HashSet<>(center.customersWithAppointments(BULK_RECIPIENTS, day));
        String probe = e164(localMobile());
        Runnable probeText = () -> webhooks.inbound(Webhooks.text(messageSid(), probe, line.number(), "probe"));
        List<String> subscriptions = List.of("conversationChanged", "conversationsChanged", "conversationsChanged");
        List<LiveInbox> agents = new ArrayList<>();
        try {
            for (String subscription : subscriptions) {
                agents.add(LiveInbox.subscribe(
                                center.server(),
                                agentToken(),
                                "subscription { " + subscription + " { externalNumber } }")
                        .awaitReady(probeText));
            }
            graphQL.call(
                            agentToken(),
                            "mutation($input: BulkCustomerSendInput!) { startBulkCustomerSend(input: $input) { id } }",
                            "input",
                            Map.of("date", day.toString(), "lineId", line.id(), "body", "See you tomorrow"))
                    .data("startBulkCustomerSend");

            for (int agent = 0; agent < agents.size(); agent++) {
                Set<String> unseen = new HashSet<>(texted);
                int mostInOneEvent = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (!unseen.isEmpty() && System.nanoTime() < deadline) {
                    JsonObject message = agents.get(agent).next(Duration.ofSeconds(1));
                    if (message != null) {
                        assertEquals("next", message.getString("type"), () -> "the subscription ended: " + message);
                        List<String> numbers =
                                changedNumbers(message.getJsonObject("payload").getJsonObject("data"));
                        numbers.forEach(unseen::remove);
                        mostInOneEvent = Math.max(mostInOneEvent, numbers.size());
                    }
                }
                assertEquals(
                        Set.of(),
                        unseen,
                        "conversations of the bulk send an agent of " + subscriptions.get(agent) + " never saw change");
                if (subscriptions.get(agent).equals("conversationsChanged")) {
                    assertTrue(mostInOneEvent > 1, "a moment's changes came one by one");
                }
            }
        } finally {
            agents.forEach(LiveInbox::close);
        }
    }

    /** The numbers of the conversations in an event of either subscription. */
    private static List<String> changedNumbers(JsonObject data) {
        if (data.containsKey("conversationChanged")) {
            return List.of(data.getJsonObject("conversationChanged").getString("externalNumber"));
        }
        return data.getJsonArray("conversationsChanged").getValuesAs(JsonObject.class).stream()
                .map(changed -> changed.getString("externalNumber"))
                .toList();
    }

    @Test
    void anEmployeeHoldsAtMostEightLiveSubscriptionsAtOnce() throws Exception {
        Line line = center.line("TWO_WAY");
        String probe = e164(localMobile());
        Runnable probeText = () -> webhooks.inbound(Webhooks.text(messageSid(), probe, line.number(), "probe"));
        String token = agent("Tabby Tabs");
        List<LiveInbox> tabs = new ArrayList<>();
        try {
            for (int tab = 0; tab < 8; tab++) {
                tabs.add(LiveInbox.subscribe(center.server(), token, SUBSCRIPTION)
                        .awaitReady(probeText));
            }
            try (LiveInbox ninth = LiveInbox.subscribe(center.server(), token, SUBSCRIPTION)) {
                JsonObject answer = ninth.next(Duration.ofSeconds(10));
                assertNotNull(answer, "an answer to the ninth subscription");
                assertTrue(answer.toString().contains("limit-exceeded"), answer::toString);
            }
            try (LiveInbox colleague = LiveInbox.subscribe(center.server(), agentToken(), SUBSCRIPTION)) {
                colleague.awaitReady(probeText);
            }
            tabs.remove(0).close();
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
                try (LiveInbox another = LiveInbox.subscribe(center.server(), token, SUBSCRIPTION)) {
                    another.awaitReady(probeText);
                    return true;
                }
            });
        } finally {
            tabs.forEach(LiveInbox::close);
        }
    }

    @Test
    void aLongHistoryIsReadInPartsAndCounted() {
        Line line = center.line("TWO_WAY");
        String mobile = e164(localMobile());
        String id = newConversation(line, mobile, "text 1");
        for (int text = 2; text <= 5; text++) {
            webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "text " + text));
        }
        String parts = """
                query($id: ID!, $last: Int, $before: ID, $order: SortOrder) { conversation(id: $id) { messageCount
                  messages(last: $last, before: $before, order: $order) { id body } } }""";

        JsonObject latest = graphQL.call(agentToken(), parts, "id", id, "last", 2)
                .data("conversation")
                .asJsonObject();
        assertEquals(5, latest.getInt("messageCount"));
        assertEquals(List.of("text 4", "text 5"), bodies(latest));
        String oldestRead = latest.getJsonArray("messages").getJsonObject(0).getString("id");
        JsonObject earlier = graphQL.call(
                        agentToken(), parts, "id", id, "last", 2, "before", oldestRead, "order", "NEWEST_FIRST")
                .data("conversation")
                .asJsonObject();
        assertEquals(List.of("text 3", "text 2"), bodies(earlier));
        assertEquals(
                List.of("text 1", "text 2", "text 3", "text 4", "text 5"),
                bodies(graphQL.call(agentToken(), parts, "id", id)
                        .data("conversation")
                        .asJsonObject()),
                "the latest 100 by default");

        graphQL.call(agentToken(), parts, "id", id, "last", 501).assertError("validation", "last");
        graphQL.call(agentToken(), parts, "id", id, "last", 0).assertError("validation", "last");
    }

    private static List<String> bodies(JsonObject conversation) {
        return conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(message -> message.getString("body"))
                .toList();
    }

    @Test
    void aSubscriptionEndsWhenItsTokenExpires() throws Exception {
        Line line = center.line("TWO_WAY");
        String probe = e164(localMobile());
        Runnable probeText = () -> webhooks.inbound(Webhooks.text(messageSid(), probe, line.number(), "probe"));
        try (LiveInbox live = LiveInbox.subscribe(
                        center.server(), TOKENS.issue("brief", Duration.ofSeconds(8), "TextMessaging"), SUBSCRIPTION)
                .awaitReady(probeText)) {
            assertTrue(
                    live.awaitCompleted(Duration.ofSeconds(30)),
                    "the server completed the subscription once its token expired");
        }
    }

    @Test
    void withoutAValidTokenNobodySubscribes() throws Exception {
        String publicKey = TOKENS.publicKeyOfTheDevServer();
        for (String token : new String[] {
            null,
            "not-a-jwt",
            TOKENS.issue("late", Duration.ofMinutes(-5), "TextMessaging"),
            TOKENS.issue("visitor", "Customer"),
            TOKENS.signedWithHmacOverThePublicKey("mallory", publicKey),
            TOKENS.unsigned("mallory", "Administrator"),
            TOKENS.notBefore(java.time.Instant.now().plus(Duration.ofMinutes(10)), "early", "TextMessaging")
        }) {
            try (LiveInbox live = LiveInbox.subscribe(center.server(), token, SUBSCRIPTION)) {
                JsonObject answer = live.next(Duration.ofSeconds(10));
                assertNotNull(answer, "an answer for token " + token);
                assertTrue(answer.toString().contains("forbidden"), answer::toString);
            }
        }
        graphQL.call(
                        agentToken(),
                        "mutation { saveSenderLine(input: {description: \"x\", phoneNumber: \"2015550111\", kind: TWO_WAY}) { id } }")
                .assertError("forbidden", "Administrator");
    }

    private String newConversation(Line line, String mobile, String text) {
        webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), text));
        return only(graphQL.call(
                        agentToken(), INBOX, "filter", Map.of("lineId", line.id(), "search", mobile.substring(2))))
                .getString("id");
    }

    private String employee(String name) {
        String login = "emp" + System.nanoTime();
        graphQL.call(
                        adminToken(),
                        "mutation($input: EmployeeInput!) { saveEmployee(input: $input) { id } }",
                        "input",
                        Map.of("name", name, "loginId", login, "textMessagingRole", true))
                .data("saveEmployee");
        return login;
    }

    private String agent(String name) {
        return TOKENS.issue(employee(name), "TextMessaging");
    }

    private JsonObject history(String token, String id, String order) {
        return graphQL.call(token, HISTORY, "id", id, "order", order)
                .data("conversation")
                .asJsonObject();
    }

    private static JsonObject only(Reply reply) {
        var items = reply.array("conversations.items");
        assertEquals(1, items.size(), items::toString);
        return items.getJsonObject(0);
    }

    private void awaitLive(LiveInbox live, String id, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<JsonObject> others = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            JsonObject message = live.next(Duration.ofSeconds(1));
            if (message != null) {
                others.add(message);
            }
            if (message != null && "next".equals(message.getString("type"))) {
                JsonObject changed =
                        message.getJsonObject("payload").getJsonObject("data").getJsonObject("conversationChanged");
                if (changed.getString("id").equals(id)
                        && changed.getString("status").equals(status)) {
                    return;
                }
            }
        }
        throw new AssertionError("no live update of conversation " + id + " to " + status + " among " + others);
    }

    /**
     * The fewest SQL statements the request took in three tries: one try may also reload what other tests' work on the
     * shared server has just changed in the cache, which says nothing of the page's own cost.
     */
    private long fewestStatements(Runnable request) {
        return LongStream.range(0, 3).map(attempt -> statements(request)).min().orElseThrow();
    }

    private long statements(Runnable request) {
        Server server = center.server();
        server.send(HttpRequest.newBuilder(server.uri("/messaging/api/test-sql/reset"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        request.run();
        return Long.parseLong(server.get("/messaging/api/test-sql/count").body());
    }
}

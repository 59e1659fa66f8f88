package io.textcenter.messaging.web.abuse;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.Reply;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests built to load the server: refused before they do anything. (No token, a wrong group and another employee's
 * claim are covered where those features are: SettingsAndSecurityIT, TemplatesAndRespondersIT, InboxIT.)
 */
class GraphQLAbuseIT extends AgainstTheDeployedModule {

    private Center center;
    private GraphQL graphQL;

    @BeforeEach
    void connect() {
        center = Center.withFakeTwilio(server());
        graphQL = center.graphQL();
    }

    @Test
    void aQueryDeeperThanTenLevelsIsRefusedUnrun() {
        String deep =
                "{ conversations { items { messages { author { textConversations { messages { author { textConversations {"
                        + " messages { author { loginId } } } } } } } } } } }";
        Reply refused = graphQL.call(agentToken(), deep);
        refused.assertError("validation", "maximum query depth exceeded");
        assertTrue(!refused.body().containsKey("data") || refused.body().isNull("data"), refused::toString);
    }

    @Test
    void aQueryAskingForMoreItemsThanAllowedIsRefusedUnrun() {
        Reply everything = graphQL.call(
                agentToken(), "{ conversations(first: 200) { items { messages(last: 500) { id body } } } }");
        everything.assertError("validation", "maximum query complexity exceeded");
        assertTrue(!everything.body().containsKey("data") || everything.body().isNull("data"), everything::toString);

        String wide = IntStream.range(0, 150)
                .mapToObj(i -> "a" + i + ": conversations(first: 50) { items { id externalNumber } }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        graphQL.call(agentToken(), wide).assertError("validation", "maximum query complexity exceeded");

        assertFalse(
                graphQL.call(agentToken(), "{ conversations(first: 50) { items { messages(last: 100) { id body } } } }")
                        .body()
                        .containsKey("errors"),
                "a page of conversations with their latest texts is within the limit");
    }

    @Test
    void aliasesFanningAMutationOutAreRefusedAndNothingIsWritten() {
        String marker = "Fan-out " + System.nanoTime();
        String hundred = IntStream.range(0, 100)
                .mapToObj(i -> "l" + i + ": saveSenderLine(input: {description: \"" + marker + " " + i
                        + "\", phoneNumber: \"" + localMobile() + "\", kind: TWO_WAY}) { id }")
                .collect(Collectors.joining(" ", "mutation { ", " }"));
        graphQL.call(adminToken(), hundred).assertError("limit-exceeded", "at most 10 mutations");
        assertFalse(graphQL.call(adminToken(), "{ senderLines { description } }")
                .array("senderLines")
                .toString()
                .contains(marker));

        String ten = IntStream.range(0, 10)
                .mapToObj(i -> "l" + i + ": saveSenderLine(input: {description: \"" + marker + " ok " + i
                        + "\", phoneNumber: \"" + localMobile() + "\", kind: TWO_WAY}) { id }")
                .collect(Collectors.joining(" ", "mutation { ", " }"));
        assertEquals(
                10,
                graphQL.call(adminToken(), ten).body().getJsonObject("data").size(),
                "ten mutations in one request are fine");
    }

    @Test
    void aBulkSendNamingMoreThanAHundredThousandPeopleIsRefusedAndNothingStarts() {
        List<String> everyone =
                IntStream.rangeClosed(1, 100_001).mapToObj(Integer::toString).toList();
        int sendsBefore = graphQL.call(agentToken(), "{ bulkSends { id } }")
                .array("bulkSends")
                .size();
        graphQL.call(
                        agentToken(),
                        "mutation($input: BulkEmployeeSendInput!) { startBulkEmployeeSend(input: $input) { id } }",
                        "input",
                        Map.of(
                                "employeeIds",
                                everyone,
                                "lineId",
                                center.line("OUTBOUND_ONLY").id(),
                                "body",
                                "Hello all"))
                .assertError("validation", "employeeIds");
        assertEquals(
                sendsBefore,
                graphQL.call(agentToken(), "{ bulkSends { id } }")
                        .array("bulkSends")
                        .size());
    }

    @Test
    void aSearchLongerThanAnyoneTypesIsRefusedBeforeItSearches() {
        graphQL.call(
                        agentToken(),
                        "query($f: ConversationFilter) { conversations(filter: $f) { items { id } } }",
                        "f",
                        Map.of("search", "x".repeat(10_000)))
                .assertError("validation", "search");
    }
}

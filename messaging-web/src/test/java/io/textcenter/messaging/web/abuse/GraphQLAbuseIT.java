package io.textcenter.messaging.web.abuse;

import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Deployments;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.Reply;
import io.textcenter.messaging.web.support.Server;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests built to load the server: refused before they do anything. (No token, a wrong group and another employee's
 * claim are covered where those features are: SettingsAndSecurityIT, TemplatesAndRespondersIT, InboxIT.)
 */
@ExtendWith(ArquillianExtension.class)
class GraphQLAbuseIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.messagingWar();
    }

    @ArquillianResource
    URL deployment;

    private Center center;
    private GraphQL graphQL;

    @BeforeEach
    void connect() {
        center = Center.withFakeTwilio(Server.at(deployment));
        graphQL = center.graphQL();
    }

    @Test
    void aQueryDeeperThanTenLevelsIsRefusedUnrun() {
        String deep = "{ conversations { items { messages { author { textConversations { messages { author { textConversations {"
                + " messages { author { loginId } } } } } } } } } } }";
        Reply refused = graphQL.call(agentToken(), deep);
        assertTrue(refused.errorMessage().contains("maximum query depth exceeded"), refused::toString);
        assertTrue(!refused.body().containsKey("data") || refused.body().isNull("data"), refused::toString);
    }

    @Test
    void aQueryOfMoreThanAThousandFieldsIsRefusedUnrun() {
        String wide = IntStream.range(0, 600).mapToObj(i -> "a" + i + ": twilioSettings { authTokenSet }").collect(Collectors.joining(" ", "{ ", " }"));
        Reply refused = graphQL.call(adminToken(), wide);
        assertTrue(refused.errorMessage().contains("maximum query complexity exceeded"), refused::toString);
    }

    @Test
    void aliasesFanningAMutationOutAreRefusedAndNothingIsWritten() {
        String marker = "Fan-out " + System.nanoTime();
        String hundred = IntStream.range(0, 100).mapToObj(i -> "l" + i + ": saveSenderLine(input: {description: \"" + marker + " " + i
                        + "\", phoneNumber: \"" + localMobile() + "\", kind: TWO_WAY}) { id }")
                .collect(Collectors.joining(" ", "mutation { ", " }"));
        graphQL.call(adminToken(), hundred).assertError("limit-exceeded", "at most 10 mutations");
        assertFalse(graphQL.call(adminToken(), "{ senderLines { description } }").array("senderLines").toString().contains(marker));

        String ten = IntStream.range(0, 10).mapToObj(i -> "l" + i + ": saveSenderLine(input: {description: \"" + marker + " ok " + i
                        + "\", phoneNumber: \"" + localMobile() + "\", kind: TWO_WAY}) { id }")
                .collect(Collectors.joining(" ", "mutation { ", " }"));
        assertEquals(10, graphQL.call(adminToken(), ten).body().getJsonObject("data").size(), "ten mutations in one request are fine");
    }

    @Test
    void aSearchLongerThanAnyoneTypesIsRefusedBeforeItSearches() {
        graphQL.call(agentToken(), "query($f: ConversationFilter) { conversations(filter: $f) { items { id } } }",
                "f", java.util.Map.of("search", "x".repeat(10_000))).assertError("validation", "search");
    }
}

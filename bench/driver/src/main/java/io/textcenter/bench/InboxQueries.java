package io.textcenter.bench;

import jakarta.json.JsonObject;

import java.util.Map;

/** The GraphQL queries the inbox benchmarks time and count. */
final class InboxQueries {

    /** The inbox's first page as the Text Messaging Center shows it: each conversation with its unreviewed count. */
    static final String PAGE = "query($first: Int) { conversations(first: $first) { totalCount nextCursor items {"
            + " id externalNumber status lastMessageAt unreviewedCount line { id description } customer { id name } claimedBy { id name } } } }";

    /** The smallest query that goes through the same stack (HTTP, token, GraphQL, a transaction, one small table). */
    static final String LINES = "query { senderLines { id description } }";

    private InboxQueries() {
    }

    static JsonObject page(GraphQL agent, int first) {
        return agent.call(PAGE, Map.of("first", first)).getJsonObject("conversations");
    }
}

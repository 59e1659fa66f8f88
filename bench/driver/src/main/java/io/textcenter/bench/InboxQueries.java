package io.textcenter.bench;

import jakarta.json.JsonObject;

import java.util.Map;

/** The GraphQL queries the inbox benchmarks time and count. */
final class InboxQueries {

    private static final String ITEMS = "items { id externalNumber status lastMessageAt unreviewedCount line { id description }"
            + " customer { id name } claimedBy { id name } }";

    /** A page of the inbox: each conversation with its unreviewed count, line, customer and claimer. */
    static final String PAGE = "query($first: Int) { conversations(first: $first) { nextCursor " + ITEMS + " } }";

    /** The first page as the reference web page asks for it: the same, and how many conversations there are in all. */
    static final String FIRST_PAGE = "query($first: Int) { conversations(first: $first) { totalCount nextCursor " + ITEMS + " } }";

    /** The smallest query that goes through the same stack (HTTP, token, GraphQL, a transaction, one small table). */
    static final String LINES = "query { senderLines { id description } }";

    private InboxQueries() {
    }

    static JsonObject page(GraphQL agent, int first) {
        return agent.call(PAGE, Map.of("first", first)).getJsonObject("conversations");
    }

    static JsonObject firstPage(GraphQL agent, int first) {
        return agent.call(FIRST_PAGE, Map.of("first", first)).getJsonObject("conversations");
    }
}

package io.textcenter.bench;

import java.util.Map;

/** Sending lines the benchmarks add through GraphQL (administrators). */
final class Lines {

    private Lines() {
    }

    /** Adds a two-way line sending at most {@code messagesPerSecond}; answers its id. */
    static String add(GraphQL admin, String description, String phoneNumber, double messagesPerSecond) {
        return admin.call("mutation($input: SenderLineInput!) { saveSenderLine(input: $input) { id } }",
                Map.of("input", Map.of("description", description, "phoneNumber", phoneNumber, "kind", "TWO_WAY",
                        "messagesPerSecond", messagesPerSecond))).getJsonObject("saveSenderLine").getString("id");
    }
}

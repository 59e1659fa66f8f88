package io.textcenter.messaging.web.support;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Posts {query, variables} to /messaging/graphql as a frontend does, with or without a bearer token. */
public final class GraphQL {

    private final Server server;
    private final Map<String, String> headers;

    GraphQL(Server server) {
        this(server, Map.of());
    }

    private GraphQL(Server server, Map<String, String> headers) {
        this.server = server;
        this.headers = headers;
    }

    /** The same calls with this header as well. */
    public GraphQL withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new GraphQL(server, Map.copyOf(more));
    }

    /** {@code variables} are name, value pairs; values may be strings, numbers, booleans, maps, lists or null. */
    public Reply call(String token, String query, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        String body = Json.createObjectBuilder()
                .add("query", query)
                .add("variables", Json.createObjectBuilder(vars))
                .build()
                .toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/messaging/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = server.send(request.build());
        return new Reply(response.statusCode(), json(response));
    }

    /** The answer as JSON; an answer that is not (a container's error page, say) fails the test with what came back. */
    private static JsonObject json(HttpResponse<String> response) {
        try {
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (JsonException notJson) {
            throw new AssertionError(
                    "GraphQL answered HTTP " + response.statusCode() + " with no JSON: " + response.body(), notJson);
        }
    }

    public Reply anonymous(String query, Object... variables) {
        return call(null, query, variables);
    }
}

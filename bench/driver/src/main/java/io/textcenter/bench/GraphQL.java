package io.textcenter.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Calls the module's GraphQL API like a frontend: POST {query, variables} with a bearer token. */
final class GraphQL {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String token;

    GraphQL(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    /** The response's {@code data}; any GraphQL error fails the benchmark. */
    JsonObject call(String query, Map<String, ?> variables) {
        String body = Json.createObjectBuilder().add("query", query).add("variables", Json.createObjectBuilder(Map.copyOf(variables))).build().toString();
        HttpResponse<String> response = send(body);
        JsonObject answer;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            answer = reader.readObject();
        } catch (RuntimeException notJson) {
            throw new IllegalStateException("GraphQL answered " + response.statusCode() + ": " + response.body(), notJson);
        }
        if (answer.containsKey("errors")) {
            throw new IllegalStateException("GraphQL errors: " + answer.get("errors"));
        }
        return answer.getJsonObject("data");
    }

    JsonObject call(String query) {
        return call(query, Map.of());
    }

    private HttpResponse<String> send(String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException("GraphQL call failed: " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }
}

package io.textcenter.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The benchmarks' side of the fake carrier: its statistics per line, and its raw rate — the same Messages.json POST
 * the module makes (form, basic auth), from one plain JDK HTTP client, one at a time, as one outbox worker sends.
 */
final class Carrier {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    Carrier(URI base) {
        this.base = base;
    }

    /** Sent from {@code line}: count, distinctTo, firstMicros, lastMicros, minGapMicros, mostInOneSecond. */
    JsonObject statsFrom(String line) throws IOException, InterruptedException {
        HttpResponse<String> stats = http.send(HttpRequest.newBuilder(base.resolve("/stats?from=" + encode(line))).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(stats.body())).readObject();
    }

    /** Switches the fake's status callbacks on (posted the moment it takes a text) or off; its counts: posted, answered200. */
    JsonObject statusCallbacks(boolean on) throws IOException, InterruptedException {
        return statusCallbacks(on, Duration.ZERO);
    }

    /** Switches the fake's status callbacks on or off, posted within {@code within} of taking each text. */
    JsonObject statusCallbacks(boolean on, Duration within) throws IOException, InterruptedException {
        return callbackCounts(HttpRequest.newBuilder(base.resolve("/callbacks?on=" + on + "&within=" + within.toMillis()))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The fake answers each Messages.json POST after a random time between these (both zero: at once). */
    void answerAfter(Duration min, Duration max) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(base.resolve("/latency?min=" + min.toMillis() + "&max=" + max.toMillis()))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The fake's status callbacks so far: posted, answered200. */
    JsonObject statusCallbacks() throws IOException, InterruptedException {
        return callbackCounts(HttpRequest.newBuilder(base.resolve("/callbacks")).build());
    }

    private JsonObject callbackCounts(HttpRequest request) throws IOException, InterruptedException {
        return Json.createReader(new StringReader(http.send(request, HttpResponse.BodyHandlers.ofString()).body())).readObject();
    }

    void reset() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(base.resolve("/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Texts per second the fake takes from one client sending one after another (after {@code warmUp} unmeasured). */
    double rawRate(Account account, String from, int warmUp, int measured) throws IOException, InterruptedException {
        URI messages = base.resolve("/2010-04-01/Accounts/" + account.sid() + "/Messages.json");
        String credentials = Base64.getEncoder().encodeToString((account.sid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
        long start = 0;
        for (int i = 0; i < warmUp + measured; i++) {
            if (i == warmUp) {
                start = System.nanoTime();
            }
            String form = "To=" + encode(String.format("+1201%07d", 9_000_000 + i)) + "&From=" + encode(from)
                    + "&Body=" + encode("Hi Ann, reminder: your appointment is on Tuesday, December 1 at 9:00 AM. Reply C to confirm.");
            HttpRequest post = HttpRequest.newBuilder(messages).timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
            int status = http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode();
            if (status != 201) {
                throw new IllegalStateException("the fake carrier answered " + status);
            }
        }
        return measured / ((System.nanoTime() - start) / 1e9);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

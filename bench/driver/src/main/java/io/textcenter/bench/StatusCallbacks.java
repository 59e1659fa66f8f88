package io.textcenter.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The fake carrier's status callbacks, while switched on: "sent" then "delivered" for each text it takes, posted the
 * moment it takes it (before the module can have recorded the text's SID), signed as Twilio signs them. Counts the
 * callbacks posted and those answered 200.
 */
final class StatusCallbacks {

    private static final List<String> STATUSES = List.of("sent", "delivered");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean on = new AtomicBoolean();
    private final AtomicLong posted = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();

    void switchOn(boolean posting) {
        on.set(posting);
    }

    /** For a text the carrier took with this SID, to the callback URL the module gave (null: none). */
    void taken(String sid, String callbackUrl) {
        if (!on.get() || callbackUrl == null) {
            return;
        }
        for (String status : STATUSES) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("MessageSid", sid);
            form.put("MessageStatus", status);
            form.put("AccountSid", Account.BENCH.sid());
            String body = form.entrySet().stream().map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest callback = HttpRequest.newBuilder(URI.create(callbackUrl)).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", TwilioSignature.of(Account.BENCH.authToken(), callbackUrl, form))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            posted.incrementAndGet();
            http.sendAsync(callback, HttpResponse.BodyHandlers.discarding())
                    .thenAccept(answer -> { if (answer.statusCode() == 200) { answered.incrementAndGet(); } });
        }
    }

    String countsJson() {
        return "{\"posted\":" + posted.get() + ",\"answered200\":" + answered.get() + "}";
    }
}

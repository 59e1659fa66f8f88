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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The fake carrier's status callbacks, while switched on: "sent" then "delivered" for each text it takes, signed as
 * Twilio signs them. Posted the moment it takes the text (before the module can have recorded the text's SID), or
 * within a given time of it: "sent" at a random moment in its first half, "delivered" in its second. Counts the
 * callbacks posted and those answered 200.
 */
final class StatusCallbacks {

    private static final List<String> STATUSES = List.of("sent", "delivered");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService later = Executors.newScheduledThreadPool(2);
    private final AtomicBoolean on = new AtomicBoolean();
    private volatile int withinMillis;
    private final AtomicLong posted = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();

    /** @param within milliseconds after taking a text within which both its callbacks are posted (0: at once) */
    void switchOn(boolean posting, int within) {
        withinMillis = within;
        on.set(posting);
    }

    /** For a text the carrier took with this SID, to the callback URL the module gave (null: none). */
    void taken(String sid, String callbackUrl) {
        if (!on.get() || callbackUrl == null) {
            return;
        }
        int half = withinMillis / 2;
        for (int i = 0; i < STATUSES.size(); i++) {
            String status = STATUSES.get(i);
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
            Runnable post = () -> {
                posted.incrementAndGet();
                http.sendAsync(callback, HttpResponse.BodyHandlers.discarding())
                        .thenAccept(answer -> { if (answer.statusCode() == 200) { answered.incrementAndGet(); } });
            };
            if (half == 0) {
                post.run();
            } else {
                later.schedule(post, i * half + ThreadLocalRandom.current().nextInt(half), TimeUnit.MILLISECONDS);
            }
        }
    }

    String countsJson() {
        return "{\"posted\":" + posted.get() + ",\"answered200\":" + answered.get() + "}";
    }
}

package io.textcenter.messaging.web.support;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Status callbacks as Twilio posts them, the moment the fake takes a text from a line that asked for them: "sent",
 * "delivered" and a late "queued", signed, to the text's StatusCallback URL. They may well arrive before the module
 * has recorded what the carrier took.
 */
final class StatusCallbacks implements ServeEventListener {

    static final String NAME = "status-callbacks";
    private static final List<String> STATUSES = List.of("sent", "delivered", "queued");
    private static final int CONNECTION_ATTEMPTS = 3;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<String> reportingLines = ConcurrentHashMap.newKeySet();
    private final Queue<String> notTaken = new ConcurrentLinkedQueue<>();

    void reportAtOnce(String line) {
        reportingLines.add(line);
    }

    /** The callbacks the module did not answer 200, as Twilio would log them: sid, status and what came back. */
    List<String> notTaken() {
        return List.copyOf(notTaken);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
        boolean taken = event.getRequest().getMethod().getName().equals("POST")
                && event.getRequest().getUrl().endsWith("/Messages.json")
                && event.getResponse() != null
                && event.getResponse().getStatus() == 201;
        String callback = taken ? FakeTwilio.parameter(event.getRequest(), "StatusCallback") : null;
        if (callback == null || !reportingLines.contains(FakeTwilio.parameter(event.getRequest(), "From"))) {
            return;
        }
        String sid = TwilioMessageLog.sidOf(event);
        for (String status : STATUSES) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("MessageSid", sid);
            form.put("MessageStatus", status);
            form.put("AccountSid", FakeTwilio.ACCOUNT_SID);
            String body = form.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            post(
                    HttpRequest.newBuilder(URI.create(callback))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Twilio-Signature", Webhooks.signed(callback, form))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    sid + " " + status,
                    CONNECTION_ATTEMPTS);
        }
    }

    /**
     * Posts a callback, again when the connection failed before any answer: the JDK client does not repeat a POST whose
     * connection the server closed, which the module never saw and Twilio would have delivered.
     */
    private void post(HttpRequest callback, String what, int attempts) {
        http.sendAsync(callback, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) -> {
            if (failure != null && attempts > 1) {
                post(callback, what, attempts - 1);
            } else if (failure != null || answer.statusCode() != 200) {
                notTaken.add(what + ": " + (failure != null ? failure : answer.statusCode()));
            }
        });
    }
}

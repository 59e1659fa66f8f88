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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Status callbacks as Twilio posts them, the moment the fake takes a text from a line that asked for them: "sent",
 * "delivered" and a late "queued", signed, to the text's StatusCallback URL. They may well arrive before the module
 * has recorded what the carrier took.
 */
final class StatusCallbacks implements ServeEventListener {

    static final String NAME = "status-callbacks";
    private static final List<String> STATUSES = List.of("sent", "delivered", "queued");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<String> reportingLines = ConcurrentHashMap.newKeySet();

    void reportAtOnce(String line) {
        reportingLines.add(line);
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
            http.sendAsync(
                    HttpRequest.newBuilder(URI.create(callback))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Twilio-Signature", Webhooks.signed(callback, form))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }
}

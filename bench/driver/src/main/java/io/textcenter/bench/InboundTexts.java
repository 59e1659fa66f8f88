package io.textcenter.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Received texts as Twilio's webhook posts them: the form Twilio sends (every parameter it usually has), signed over
 * the public URL, each with a MessageSid of its own. Senders come from a pool (so conversations are both started and
 * continued) and every tenth text is the keyword responder's keyword.
 */
final class InboundTexts {

    static final String INBOUND_PATH = "/messaging/api/twilio/inbound";
    private static final int KEYWORD_EVERY = 10;

    private final Account account;
    private final String signedUrl;
    private final String line;
    private final int senders;
    private final String keyword;
    private final String sidPrefix;
    private final AtomicLong posted = new AtomicLong();

    /**
     * @param sidPrefix hex digits that start every MessageSid of this series, to find its texts in the database
     */
    InboundTexts(Account account, String publicBaseUrl, String line, int senders, String keyword, String sidPrefix) {
        this.account = account;
        this.signedUrl = publicBaseUrl + INBOUND_PATH;
        this.line = line;
        this.senders = senders;
        this.keyword = keyword;
        this.sidPrefix = sidPrefix;
    }

    /** The next text, posted to {@code target} (the module's webhook, or the no-op endpoint with the same body). */
    HttpRequest next(URI target) {
        long n = posted.incrementAndGet();
        Map<String, String> form = form(n);
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue())).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignature.of(account.authToken(), signedUrl, form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    long posted() {
        return posted.get();
    }

    /** The SQL LIKE pattern matching every MessageSid of this series. */
    String sidPattern() {
        return "SM" + sidPrefix + "%";
    }

    private Map<String, String> form(long n) {
        String sid = String.format("SM%s%0" + (32 - sidPrefix.length()) + "x", sidPrefix, n);
        String from = String.format("+1312%07d", 2_000_000 + n % senders);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ToCountry", "US");
        form.put("ToState", "NJ");
        form.put("SmsMessageSid", sid);
        form.put("NumMedia", "0");
        form.put("ToCity", "");
        form.put("FromZip", "60601");
        form.put("SmsSid", sid);
        form.put("FromState", "IL");
        form.put("SmsStatus", "received");
        form.put("FromCity", "CHICAGO");
        form.put("Body", n % KEYWORD_EVERY == 0 ? keyword : "Hi, is my appointment on Thursday still on? Text " + n);
        form.put("FromCountry", "US");
        form.put("To", line);
        form.put("ToZip", "");
        form.put("NumSegments", "1");
        form.put("MessageSid", sid);
        form.put("AccountSid", account.sid());
        form.put("From", from);
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

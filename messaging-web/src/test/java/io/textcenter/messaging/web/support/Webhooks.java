package io.textcenter.messaging.web.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Posts webhooks as Twilio does: form-encoded, signed with the account's auth token over the public URL. */
public final class Webhooks {

    private final Server server;
    private final String publicBaseUrl;

    public Webhooks(Server server, String publicBaseUrl) {
        this.server = server;
        this.publicBaseUrl = publicBaseUrl;
    }

    public String publicBaseUrl() {
        return publicBaseUrl;
    }

    public HttpResponse<String> inbound(Map<String, String> parameters) {
        return post(
                "/messaging/api/twilio/inbound", parameters, signature("/messaging/api/twilio/inbound", parameters));
    }

    /** Posts these received texts all at once, as Twilio does when they arrive together; the answers in their order. */
    public List<HttpResponse<String>> inboundAtOnce(List<Map<String, String>> texts) {
        ExecutorService twilio = Executors.newFixedThreadPool(texts.size());
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Map<String, String> text : texts) {
                answers.add(twilio.submit(() -> inbound(text)));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } catch (InterruptedException | ExecutionException failed) {
            throw new IllegalStateException("posting texts at once failed", failed);
        } finally {
            twilio.shutdown();
        }
    }

    public HttpResponse<String> status(String messageSid, String status, String errorCode) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("MessageSid", messageSid);
        parameters.put("MessageStatus", status);
        if (errorCode != null) {
            parameters.put("ErrorCode", errorCode);
        }
        return post("/messaging/api/twilio/status", parameters, signature("/messaging/api/twilio/status", parameters));
    }

    /** A text as Twilio posts it. */
    public static Map<String, String> text(String sid, String from, String to, String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("MessageSid", sid);
        parameters.put("AccountSid", FakeTwilio.ACCOUNT_SID);
        parameters.put("From", from);
        parameters.put("To", to);
        parameters.put("Body", body);
        parameters.put("NumMedia", "0");
        return parameters;
    }

    public HttpResponse<String> post(String path, Map<String, String> parameters, String signature) {
        return post(path, List.copyOf(parameters.entrySet()), signature);
    }

    /** Posts a form whose parameters may repeat or come in any order. */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> form, String signature) {
        String body = form.stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return server.send(request.build());
    }

    /** Twilio's scheme: HMAC-SHA1 of the URL followed by each parameter name and value, sorted by name. */
    public String signature(String path, Map<String, String> parameters) {
        return signed(publicBaseUrl + path, parameters);
    }

    /** The signature Twilio sends with a webhook to {@code url} with these parameters. */
    static String signed(String url, Map<String, String> parameters) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(FakeTwilio.AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

package io.textcenter.messaging.carrier;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's HTTP client with three changes. Each request is made once: the SDK would repeat a POST after a 5xx
 * on its own, which can send a text twice; the outbox retries instead, knowing what it sent. Requests can go to
 * another base URL than Twilio's (a proxy, or the fake carrier of the tests). And how long it waits for an answer is the
 * module's: the SDK sets its own request config on every request, so the wait is the socket's read timeout.
 */
class SingleAttemptHttpClient extends NetworkHttpClient {

    private final String baseUrl;

    /** @param baseUrl scheme, host and port to send to instead of Twilio's, or null for Twilio's own */
    SingleAttemptHttpClient(String baseUrl, Duration responseTimeout) {
        super(
                DEFAULT_REQUEST_CONFIG,
                SocketConfig.custom().setSoTimeout(Timeout.of(responseTimeout)).build());
        this.baseUrl = baseUrl;
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        return super.makeRequest(baseUrl == null ? request : rebased(request));
    }

    private Request rebased(Request request) {
        URL original;
        try {
            original = new URL(request.getUrl());
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
        Request copy = new Request(request.getMethod(), baseUrl + original.getPath());
        copy.setAuth(request.getUsername(), request.getPassword());
        copy.setContentType(request.getContentType());
        request.getPostParams().forEach((name, values) -> values.forEach(value -> copy.addPostParam(name, value)));
        request.getQueryParams().forEach((name, values) -> values.forEach(value -> copy.addQueryParam(name, value)));
        request.getHeaderParams().forEach((name, values) -> values.forEach(value -> copy.addHeaderParam(name, value)));
        return copy;
    }
}

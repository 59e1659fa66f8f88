package io.textcenter.messaging.carrier;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's HTTP client with four changes. Each request is made once: the SDK would repeat a POST after a 5xx
 * on its own, which can send a text twice; the outbox retries instead, knowing what it sent. Requests can go to
 * another base URL than Twilio's (a proxy, or the fake carrier of the tests). How long it waits for an answer is the
 * module's: the SDK sets its own request config on every request, so the wait is the socket's read timeout. And it
 * keeps as many connections as the outbox makes calls at once, where the SDK keeps 20, which would hold a fast line
 * to 20 calls in flight.
 */
class SingleAttemptHttpClient extends NetworkHttpClient {

    /**
     * A kept-alive connection idle for this long is checked before it is used again: the carrier may have closed it
     * meanwhile, and a POST on a closed connection gets no answer, which leaves its text's outcome unknown.
     */
    private static final TimeValue STALE_AFTER = TimeValue.ofSeconds(1);

    private final String baseUrl;

    /** @param baseUrl scheme, host and port to send to instead of Twilio's, or null for Twilio's own */
    SingleAttemptHttpClient(String baseUrl, Duration responseTimeout, int connections) {
        super(HttpClientBuilder.create()
                .useSystemProperties()
                .setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG)
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultSocketConfig(SocketConfig.custom()
                                .setSoTimeout(Timeout.of(responseTimeout))
                                .build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setValidateAfterInactivity(STALE_AFTER)
                                .build())
                        .setMaxConnPerRoute(connections)
                        .setMaxConnTotal(connections)
                        .build()));
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

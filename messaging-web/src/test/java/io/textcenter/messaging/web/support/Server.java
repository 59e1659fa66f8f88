package io.textcenter.messaging.web.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The deployed module, always addressed on loopback (Payara may report the machine's host name). Plain HTTP helpers
 * for what is not GraphQL: the schema, health, static pages.
 */
public final class Server {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI root;

    private Server(URI root) {
        this.root = root;
    }

    /** From Arquillian's URL of the deployment ({@code http://host:port/messaging/}). */
    public static Server at(URL deployment) {
        try {
            return new Server(new URI("http", null, "127.0.0.1", deployment.getPort(), "/", null, null));
        } catch (URISyntaxException impossible) {
            throw new IllegalArgumentException(deployment.toString(), impossible);
        }
    }

    /** A server this test started itself on a loopback port. */
    public static Server on(int port) {
        return new Server(URI.create("http://127.0.0.1:" + port + "/"));
    }

    /** A path on the server, e.g. "/messaging/graphql" or "/health/ready". */
    public URI uri(String path) {
        return root.resolve(path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public GraphQL graphQL() {
        return new GraphQL(this);
    }
}

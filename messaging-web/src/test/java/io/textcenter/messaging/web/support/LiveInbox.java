package io.textcenter.messaging.web.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A GraphQL subscriber over graphql-transport-ws, as a browser connects: the token goes in the connection-init payload. */
public final class LiveInbox implements AutoCloseable {

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final CountDownLatch completed = new CountDownLatch(1);
    private final WebSocket socket;

    private LiveInbox(Server server, String token, String subscription) throws Exception {
        URI uri = server.uri("/messaging/graphql");
        URI ws = new URI("ws", null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(ws, new Collector())
                .get(10, TimeUnit.SECONDS);
        var init = Json.createObjectBuilder().add("type", "connection_init");
        init.add(
                "payload",
                token == null
                        ? Json.createObjectBuilder()
                        : Json.createObjectBuilder().add("Authorization", "Bearer " + token));
        socket.sendText(init.build().toString(), true).get(5, TimeUnit.SECONDS);
        JsonObject ack = next(Duration.ofSeconds(10));
        if (ack == null || !"connection_ack".equals(ack.getString("type"))) {
            throw new IllegalStateException("no connection_ack: " + ack);
        }
        socket.sendText(
                        Json.createObjectBuilder()
                                .add("id", "1")
                                .add("type", "subscribe")
                                .add("payload", Json.createObjectBuilder().add("query", subscription))
                                .build()
                                .toString(),
                        true)
                .get(5, TimeUnit.SECONDS);
    }

    public static LiveInbox subscribe(Server server, String token, String subscription) throws Exception {
        return new LiveInbox(server, token, subscription);
    }

    /**
     * Waits until the subscription delivers: the protocol has no acknowledgement of a subscription, so {@code probe}
     * causes a change (repeatedly, at most 20 times) until one arrives; what arrived is discarded.
     */
    public LiveInbox awaitReady(Runnable probe) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            probe.run();
            if (next(Duration.ofMillis(500)) != null) {
                while (next(Duration.ofMillis(300)) != null) {
                    // drain the probe's other changes
                }
                return this;
            }
        }
        throw new IllegalStateException("the subscription delivered nothing");
    }

    /** The next protocol message, or null when none came within {@code wait}. */
    public JsonObject next(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the server completed the subscription within {@code wait}, also when it did while awaitReady drained. */
    public boolean awaitCompleted(Duration wait) throws InterruptedException {
        return completed.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message =
                        Json.createReader(new StringReader(partial.toString())).readObject();
                partial.setLength(0);
                if ("ping".equals(message.getString("type", ""))) {
                    webSocket.sendText("{\"type\":\"pong\"}", true);
                } else {
                    if ("complete".equals(message.getString("type", ""))) {
                        completed.countDown();
                    }
                    received.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}

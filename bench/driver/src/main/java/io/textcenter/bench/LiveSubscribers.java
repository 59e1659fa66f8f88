package io.textcenter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agents watching the inbox: each an open {@code conversationsChanged} subscription over graphql-transport-ws, as the
 * Text Messaging Center page holds one, counting the events and the changed conversations it receives.
 */
final class LiveSubscribers implements AutoCloseable {

    private static final String SUBSCRIBE = "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
            + "\"subscription { conversationsChanged { id status lastMessageAt unreviewedCount line { description phoneNumber } } }\"}}";

    private static final String CHANGES = "\"conversationsChanged\":";
    /** A changed conversation's id, after {@link #CHANGES}: the first field of each item (a line has no id here). */
    private static final Pattern CONVERSATION_ID = Pattern.compile("\\{\"id\":\"([^\"]+)\"");

    private final List<WebSocket> sockets = new ArrayList<>();
    private final List<Counter> counters = new ArrayList<>();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private final List<String> endings = new CopyOnWriteArrayList<>();

    /** One subscriber for each token: an employee may hold only a few subscriptions at once. */
    LiveSubscribers(URI baseUrl, List<String> tokens) throws Exception {
        URI graphQL = URI.create("ws://" + baseUrl.getHost() + ":" + baseUrl.getPort() + "/messaging/graphql");
        HttpClient client = HttpClient.newHttpClient();
        for (String token : tokens) {
            Counter counter = new Counter();
            WebSocket socket = client.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(graphQL, counter).get(10, TimeUnit.SECONDS);
            socket.sendText("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer " + token + "\"}}", true)
                    .get(5, TimeUnit.SECONDS);
            counter.acknowledged.get(10, TimeUnit.SECONDS);
            socket.sendText(SUBSCRIBE, true).get(5, TimeUnit.SECONDS);
            sockets.add(socket);
            counters.add(counter);
        }
    }

    /** Events received by all subscribers together so far (each with the conversations of a moment). */
    long events() {
        return events.get();
    }

    /** Changed conversations received by all subscribers together so far. */
    long changes() {
        return changes.get();
    }

    /** What the server said when it ended subscriptions (an error, or "complete"): none should end while watched. */
    List<String> endings() {
        return List.copyOf(endings);
    }

    /** The fewest distinct conversations any one subscriber has received a change of. */
    int fewestConversationsSeen() {
        return counters.stream().mapToInt(counter -> counter.conversations.size()).min().orElse(0);
    }

    /** Waits until no change has arrived for {@code quiet} (at most {@code atMost}); returns how long it waited. */
    Duration awaitQuiet(Duration quiet, Duration atMost) throws InterruptedException {
        long started = System.nanoTime();
        long seen = -1;
        while (changes.get() != seen && System.nanoTime() - started < atMost.toNanos()) {
            seen = changes.get();
            Thread.sleep(quiet.toMillis());
        }
        return Duration.ofNanos(System.nanoTime() - started).minus(quiet);
    }

    @Override
    public void close() {
        sockets.forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
    }

    private final class Counter implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        final Set<String> conversations = ConcurrentHashMap.newKeySet();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (message.contains("\"type\":\"connection_ack\"")) {
                    acknowledged.complete(null);
                } else if (message.contains("\"type\":\"next\"")) {
                    int changed = message.indexOf(CHANGES);
                    Matcher conversation = CONVERSATION_ID.matcher(changed < 0 ? "" : message.substring(changed));
                    boolean any = false;
                    while (conversation.find()) {
                        any = true;
                        changes.incrementAndGet();
                        conversations.add(conversation.group(1));
                    }
                    if (any) { // the first event, empty, only says the subscription holds
                        events.incrementAndGet();
                    }
                } else if (message.contains("\"type\":\"ping\"")) {
                    socket.sendText("{\"type\":\"pong\"}", true);
                } else if (message.contains("\"type\":\"error\"") || message.contains("\"type\":\"complete\"")) {
                    endings.add(message);
                }
            }
            socket.request(1);
            return null;
        }
    }
}

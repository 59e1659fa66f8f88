package io.textcenter.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Twilio's Messages API as the benchmarks need it, on loopback and unthrottled: every
 * {@code POST /2010-04-01/Accounts/{sid}/Messages.json} is taken (201 and a fresh SID, "queued") and noted in the
 * {@link CarrierLog} with its arrival time. It answers at once, or after a random time between two bounds, as Twilio's
 * API takes 0.1 to 0.3 s: {@code POST /latency?min=100&max=300} (milliseconds; 0 and 0 to answer at once), with as
 * many calls in flight as come. {@code GET /stats?from=<line>} reports what one line sent; {@code POST /reset} forgets
 * all. {@code POST /callbacks?on=true|false[&within=MS]} switches {@link StatusCallbacks} on or off; {@code GET
 * /callbacks} counts them.
 */
final class FakeCarrier {

    private final CarrierLog log;
    private final StatusCallbacks callbacks = new StatusCallbacks();
    private volatile int minLatencyMillis;
    private volatile int maxLatencyMillis;

    private FakeCarrier(CarrierLog log) {
        this.log = log;
    }

    /** Serves until the process is stopped. */
    static void serve(int port, Path logFile) throws IOException {
        // answer without Nagle's delay: headers and body are separate writes, and the client waits for both
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // keep every idle connection open, as Twilio does for a while: the JDK's server closes all but 200 of them,
        // and a POST on a connection closed under the client goes unanswered (its outcome unknown to the module)
        System.setProperty("sun.net.httpserver.maxIdleConnections", "2000");
        FakeCarrier carrier = new FakeCarrier(new CarrierLog(logFile));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.createContext("/2010-04-01/Accounts/", carrier::message);
        server.createContext("/stats", carrier::stats);
        server.createContext("/reset", carrier::reset);
        server.createContext("/callbacks", carrier::callbacks);
        server.createContext("/latency", carrier::latency);
        // a thread per call in flight: with the answer delayed, calls wait side by side as they do at Twilio
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        System.out.println("Fake carrier on http://127.0.0.1:" + port);
    }

    private void message(HttpExchange exchange) throws IOException {
        long atMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        Map<String, String> form = form(exchange.getRequestBody());
        if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().endsWith("/Messages.json")) {
            answer(exchange, 404, "{\"code\":20404,\"message\":\"not found\",\"status\":404}");
            return;
        }
        log.took(atMicros, form.get("From"), form.get("To"));
        sleepLatency();
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        answer(exchange, 201, "{\"sid\":\"" + sid + "\",\"status\":\"queued\","
                + "\"to\":\"" + form.get("To") + "\",\"from\":\"" + form.get("From") + "\"}");
        callbacks.taken(sid, form.get("StatusCallback"));
    }

    private void sleepLatency() {
        int min = minLatencyMillis;
        int max = maxLatencyMillis;
        if (max > 0) {
            try {
                Thread.sleep(min + ThreadLocalRandom.current().nextInt(max - min + 1));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void latency(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        Map<String, String> query = query(exchange);
        minLatencyMillis = Integer.parseInt(query.getOrDefault("min", "0"));
        maxLatencyMillis = Math.max(minLatencyMillis, Integer.parseInt(query.getOrDefault("max", "0")));
        answer(exchange, 200, "{\"min\":" + minLatencyMillis + ",\"max\":" + maxLatencyMillis + "}");
    }

    private void callbacks(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        Map<String, String> query = query(exchange);
        if ("POST".equals(exchange.getRequestMethod()) && query.containsKey("on")) {
            callbacks.switchOn(query.get("on").equals("true"), Integer.parseInt(query.getOrDefault("within", "0")));
        }
        answer(exchange, 200, callbacks.countsJson());
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] nameValue = pair.split("=", 2);
            query.put(nameValue[0], nameValue.length == 2 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }

    private void stats(HttpExchange exchange) throws IOException {
        String from = URLDecoder.decode(exchange.getRequestURI().getRawQuery().replaceFirst("^from=", ""), StandardCharsets.UTF_8);
        answer(exchange, 200, log.statsFrom(from).toString());
    }

    private void reset(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        log.clear();
        answer(exchange, 200, "{}");
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(body.readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] nameValue = pair.split("=", 2);
            if (nameValue.length == 2) {
                form.putIfAbsent(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8), URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

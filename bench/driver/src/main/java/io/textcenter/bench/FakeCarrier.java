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

/**
 * Twilio's Messages API as the benchmarks need it, on loopback and unthrottled: every
 * {@code POST /2010-04-01/Accounts/{sid}/Messages.json} is taken at once (201 and a fresh SID, "queued") and noted in
 * the {@link CarrierLog}. {@code GET /stats?from=<line>} reports what one line sent; {@code POST /reset} forgets all.
 * {@code POST /callbacks?on=true|false} switches {@link StatusCallbacks} on or off; {@code GET /callbacks} counts them.
 */
final class FakeCarrier {

    private static final int THREADS = 8;

    private final CarrierLog log;
    private final StatusCallbacks callbacks = new StatusCallbacks();

    private FakeCarrier(CarrierLog log) {
        this.log = log;
    }

    /** Serves until the process is stopped. */
    static void serve(int port, Path logFile) throws IOException {
        // answer without Nagle's delay: headers and body are separate writes, and the client waits for both
        System.setProperty("sun.net.httpserver.nodelay", "true");
        FakeCarrier carrier = new FakeCarrier(new CarrierLog(logFile));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.createContext("/2010-04-01/Accounts/", carrier::message);
        server.createContext("/stats", carrier::stats);
        server.createContext("/reset", carrier::reset);
        server.createContext("/callbacks", carrier::callbacks);
        server.setExecutor(Executors.newFixedThreadPool(THREADS));
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
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        answer(exchange, 201, "{\"sid\":\"" + sid + "\",\"status\":\"queued\","
                + "\"to\":\"" + form.get("To") + "\",\"from\":\"" + form.get("From") + "\"}");
        callbacks.taken(sid, form.get("StatusCallback"));
    }

    private void callbacks(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String query = exchange.getRequestURI().getRawQuery();
        if ("POST".equals(exchange.getRequestMethod()) && query != null) {
            callbacks.switchOn(query.equals("on=true"));
        }
        answer(exchange, 200, callbacks.countsJson());
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

package io.textcenter.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A command's options, given as {@code --name value} pairs (bench/run passes them). */
record Settings(Map<String, String> values) {

    static Settings parse(String[] args, int from) {
        Map<String, String> values = new HashMap<>();
        for (int i = from; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        return new Settings(values);
    }

    String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing option --" + name);
        }
        return value;
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    URI uri(String name) {
        return URI.create(text(name));
    }

    Path path(String name) {
        return Path.of(text(name));
    }

    /** Data sizes and durations are the full figures times the scale (1 = what the issue asks; 0.01 = a quick check). */
    double scale() {
        return Double.parseDouble(text("scale", "1"));
    }

    /** {@code full × scale}, but at least {@code minimum}. */
    int scaled(int full, int minimum) {
        return Math.max(minimum, (int) Math.round(full * scale()));
    }

    Duration scaledSeconds(int full, int minimum) {
        return Duration.ofSeconds(scaled(full, minimum));
    }

    URI baseUrl() {
        return uri("base-url");
    }

    Results results() {
        return new Results(path("results-dir"));
    }

    Database database() {
        return Database.connect(text("jdbc-url"));
    }

    /** A GraphQL client calling as {@code loginId} in {@code group}, with a development token. */
    GraphQL graphQL(String loginId, String group) {
        return new GraphQL(baseUrl().resolve("/messaging/graphql"), DevToken.issue(path("dev-token"), loginId, group));
    }
}

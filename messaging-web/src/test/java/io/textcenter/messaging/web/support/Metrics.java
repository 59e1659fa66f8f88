package io.textcenter.messaging.web.support;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The module's /metrics as an operator's Prometheus reads them: samples by name and labels. */
public final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Server server;

    public Metrics(Server server) {
        this.server = server;
    }

    /** The sum of the samples named {@code name} whose labels include these (name, value, name, value…); 0 when none. */
    public double value(String name, String... labels) {
        return matching(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    /** Each sample named {@code name} whose labels include these, such as a summary's quantiles. */
    public List<Double> values(String name, String... labels) {
        return matching(name, labels).stream().map(Sample::value).toList();
    }

    public boolean has(String name, String... labels) {
        return !matching(name, labels).isEmpty();
    }

    private List<Sample> matching(String name, String... labels) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        return samples().stream()
                .filter(sample -> sample.name().equals(name))
                .filter(sample -> sample.labels().entrySet().containsAll(wanted.entrySet()))
                .toList();
    }

    private List<Sample> samples() {
        var response = server.send(HttpRequest.newBuilder(server.uri("/metrics"))
                .header("Accept", "text/plain")
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/metrics answered " + response.statusCode() + ": " + response.body());
        }
        return response.body()
                .lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(SAMPLE::matcher)
                .filter(Matcher::matches)
                .map(sample ->
                        new Sample(sample.group(1), labels(sample.group(3)), Double.parseDouble(sample.group(4))))
                .toList();
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new HashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }

    private record Sample(String name, Map<String, String> labels, double value) {}
}

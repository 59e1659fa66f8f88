package io.textcenter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The module's /metrics, as an operator's scraper reads them (Prometheus text). */
final class ModuleMetrics {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI metrics;

    ModuleMetrics(URI baseUrl) {
        this.metrics = baseUrl.resolve("/metrics");
    }

    /** A metric's samples whose labels contain {@code labels} (e.g. {@code line="3"}; empty for all), summed; 0 when absent. */
    double sum(String name, String labels) throws Exception {
        String text = http.send(HttpRequest.newBuilder(metrics).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return text.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}

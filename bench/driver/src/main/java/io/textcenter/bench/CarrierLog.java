package io.textcenter.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fake carrier took: when (epoch microseconds), from which line, to whom. Written to a log file as it comes
 * (one line per text) and kept in memory for the figures of one sending line.
 */
final class CarrierLog {

    private record Text(long atMicros, String from, String to) {
    }

    private final List<Text> texts = new ArrayList<>();
    private final BufferedWriter file;

    CarrierLog(Path file) throws IOException {
        this.file = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    synchronized void took(long atMicros, String from, String to) {
        texts.add(new Text(atMicros, from, to));
        try {
            file.write(atMicros + " " + from + " " + to + "\n");
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    synchronized void clear() {
        texts.clear();
    }

    /**
     * The texts sent from {@code line}: how many, to how many distinct numbers, first and last arrival, the shortest gap
     * between two texts and the most that arrived within any one second.
     */
    synchronized JsonObject statsFrom(String line) throws IOException {
        file.flush();
        List<Text> sent = texts.stream().filter(text -> text.from().equals(line)).sorted(java.util.Comparator.comparingLong(Text::atMicros)).toList();
        long minGap = Long.MAX_VALUE;
        int mostInOneSecond = 0;
        int windowStart = 0;
        for (int i = 0; i < sent.size(); i++) {
            if (i > 0) {
                minGap = Math.min(minGap, sent.get(i).atMicros() - sent.get(i - 1).atMicros());
            }
            while (sent.get(i).atMicros() - sent.get(windowStart).atMicros() >= 1_000_000) {
                windowStart++;
            }
            mostInOneSecond = Math.max(mostInOneSecond, i - windowStart + 1);
        }
        return Json.createObjectBuilder()
                .add("count", sent.size())
                .add("distinctTo", sent.stream().map(Text::to).distinct().count())
                .add("firstMicros", sent.isEmpty() ? 0 : sent.get(0).atMicros())
                .add("lastMicros", sent.isEmpty() ? 0 : sent.get(sent.size() - 1).atMicros())
                .add("minGapMicros", sent.size() < 2 ? 0 : minGap)
                .add("mostInOneSecond", mostInOneSecond)
                .build();
    }
}

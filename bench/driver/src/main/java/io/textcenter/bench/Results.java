package io.textcenter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Where a benchmark's outcome goes: one row per figure in {@code results.tsv} (the table bench/run prints: benchmark,
 * figure, value, baseline, ratio, target, met?) and every raw number in {@code raw.txt} ({@code benchmark.key=value}).
 */
final class Results {

    private final Path table;
    private final Path raw;

    Results(Path directory) {
        this.table = directory.resolve("results.tsv");
        this.raw = directory.resolve("raw.txt");
    }

    void figure(String benchmark, String figure, String value, String baseline, String ratio, String target, boolean met) {
        append(table, String.join("\t", benchmark, figure, value, baseline, ratio, target, met ? "yes" : "NO"));
        System.out.printf("%s | %s: %s (baseline %s, ratio %s; target %s: %s)%n", benchmark, figure, value, baseline, ratio, target,
                met ? "met" : "MISSED");
    }

    /** A figure with no target of its own, shown beside those that have one. */
    void reported(String benchmark, String figure, String value, String baseline, String ratio) {
        append(table, String.join("\t", benchmark, figure, value, baseline, ratio, "(reported)", "-"));
        System.out.printf("%s | %s: %s (baseline %s, ratio %s)%n", benchmark, figure, value, baseline, ratio);
    }

    void raw(String benchmark, String key, Object value) {
        String text = value instanceof Double number ? format(number) : String.valueOf(value);
        append(raw, benchmark + "." + key + "=" + text);
        System.out.println("  " + benchmark + "." + key + " = " + text);
    }

    static String format(double number) {
        return String.format(Locale.ROOT, number >= 100 ? "%.0f" : number >= 10 ? "%.1f" : "%.2f", number);
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}

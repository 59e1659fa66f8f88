package io.textcenter.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Requests that did not get a 200, counted by why: the HTTP status, or the exception. */
final class Failures {

    private final Map<String, LongAdder> byReason = new ConcurrentHashMap<>();

    void add(String reason) {
        byReason.computeIfAbsent(reason, any -> new LongAdder()).increment();
    }

    long total() {
        return byReason.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** e.g. {@code 1 (HTTP 500: 1)}, or {@code 0}. */
    @Override
    public String toString() {
        if (byReason.isEmpty()) {
            return "0";
        }
        Map<String, Long> sorted = new TreeMap<>();
        byReason.forEach((reason, count) -> sorted.put(reason, count.sum()));
        return total() + " " + sorted;
    }
}

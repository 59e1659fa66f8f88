package io.textcenter.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed number of clients, each sending its next request as soon as the previous one is answered: the most the
 * server answers at that concurrency. The clients post without a pause through consecutive periods, and each period
 * is measured on its own, so that a caller can skip warm-ups and compare the server just started with the same server
 * later on.
 */
final class ClosedLoopLoad {

    /** One request; answers its HTTP status. */
    interface Request {
        int send() throws Exception;
    }

    private ClosedLoopLoad() {
    }

    /** What each period measured, in their order; a request counts in the period it was sent in. */
    static List<LoadOutcome> run(int clients, Request request, Duration... periods) throws InterruptedException {
        long[] periodEnds = new long[periods.length];
        long end = System.nanoTime();
        for (int i = 0; i < periods.length; i++) {
            end += periods[i].toNanos();
            periodEnds[i] = end;
        }
        long lastEnd = end;
        List<Latencies> latencies = new ArrayList<>();
        List<Failures> failures = new ArrayList<>();
        for (Duration ignored : periods) {
            latencies.add(new Latencies());
            failures.add(new Failures());
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                long started;
                while ((started = System.nanoTime()) < lastEnd) {
                    int period = periodOf(started, periodEnds);
                    String failure = send(request);
                    if (failure != null) {
                        failures.get(period).add(failure);
                    } else {
                        latencies.get(period).add(System.nanoTime() - started);
                    }
                }
            }, "client-" + i);
            client.start();
            threads.add(client);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<LoadOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            outcomes.add(new LoadOutcome(latencies.get(i).count(), periods[i].toNanos() / 1e9, latencies.get(i), failures.get(i)));
        }
        return outcomes;
    }

    private static int periodOf(long time, long[] periodEnds) {
        int period = 0;
        while (time >= periodEnds[period]) {
            period++;
        }
        return period;
    }

    /** Why the request failed, or null when it was answered 200. */
    private static String send(Request request) {
        try {
            int status = request.send();
            return status == 200 ? null : "HTTP " + status;
        } catch (Exception failed) {
            return failed.getClass().getSimpleName();
        }
    }
}

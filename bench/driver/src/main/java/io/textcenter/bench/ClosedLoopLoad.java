package io.textcenter.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed number of clients, each sending its next request as soon as the previous one is answered: the most the
 * server answers at that concurrency. A warm-up period runs first and is not counted.
 */
final class ClosedLoopLoad {

    /** One request; answers its HTTP status. */
    interface Request {
        int send() throws Exception;
    }

    private ClosedLoopLoad() {
    }

    static LoadOutcome run(int clients, Duration warmUp, Duration measured, Request request) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        Latencies latencies = new Latencies();
        Failures failures = new Failures();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                long started;
                while ((started = System.nanoTime()) < measureUntil) {
                    String failure = send(request);
                    if (failure != null) {
                        failures.add(failure);
                    } else if (started >= measureFrom) {
                        latencies.add(System.nanoTime() - started);
                    }
                }
            }, "client-" + i);
            client.start();
            threads.add(client);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new LoadOutcome(latencies.count(), measured.toNanos() / 1e9, latencies, failures);
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

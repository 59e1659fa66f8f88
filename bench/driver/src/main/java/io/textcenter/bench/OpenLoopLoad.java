package io.textcenter.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Requests started at a fixed rate, whatever the answers, as Twilio's webhooks arrive. Each latency counts from when
 * the request was due, not from when it could leave: a server that falls behind shows it in the percentiles instead
 * of slowing the load down (no coordinated omission).
 */
final class OpenLoopLoad {

    private static final int MAX_IN_FLIGHT = 256;

    private OpenLoopLoad() {
    }

    static LoadOutcome run(double perSecond, Duration duration, Supplier<CompletableFuture<HttpResponse<Void>>> request)
            throws InterruptedException {
        long interval = (long) (1e9 / perSecond);
        long total = (long) (duration.toNanos() / interval);
        Latencies latencies = new Latencies();
        Failures failures = new Failures();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            request.get().whenComplete((response, failure) -> {
                latencies.add(System.nanoTime() - due);
                if (failure != null) {
                    failures.add(failure.getClass().getSimpleName());
                } else if (response.statusCode() != 200) {
                    failures.add("HTTP " + response.statusCode());
                }
                inFlight.release();
            });
        }
        if (!inFlight.tryAcquire(MAX_IN_FLIGHT, 2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("requests still unanswered two minutes after the last was sent");
        }
        return new LoadOutcome(total, (System.nanoTime() - start) / 1e9, latencies, failures);
    }
}

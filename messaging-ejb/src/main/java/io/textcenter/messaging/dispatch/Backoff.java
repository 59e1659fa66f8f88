package io.textcenter.messaging.dispatch;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a carrier call again: the delay doubles with each attempt up to a ceiling, and a random half of it is
 * jitter so that many messages refused together (a 429 storm) do not come back together.
 */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private final DoubleSupplier random;

    /** @param random values in [0, 1) */
    public Backoff(Duration first, Duration max, DoubleSupplier random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** The delay after the {@code attempt}-th failed attempt (1 for the first). */
    public Duration after(int attempt) {
        long ceiling = max.toMillis();
        long exponential = first.toMillis() << Math.min(attempt - 1, 30);
        long full = Math.min(ceiling, exponential <= 0 ? ceiling : exponential);
        return Duration.ofMillis(full / 2 + (long) (random.getAsDouble() * (full / 2.0)));
    }
}

package io.textcenter.messaging.runtime;

import io.textcenter.messaging.api.ForbiddenException;
import io.textcenter.messaging.api.ValidationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The module's one clock: every rule asks it what time it is (in UTC), so that a test can give another. With the
 * sandbox carrier it may start behind the wall clock ({@code messaging.carrier.sandbox.clock-behind}) and be moved
 * forward, so that a demo writes days of history and a tester sees tomorrow's sends go out today. It never moves back:
 * every slot, retry and scheduled send already computed stays due no later than before.
 */
@ApplicationScoped
public class ModuleClock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);
    private final Clock clock = new Shifted(ahead, ZoneOffset.UTC);

    @Inject
    @ConfigProperty(name = "messaging.carrier.sandbox")
    boolean sandbox;

    @Inject
    @ConfigProperty(name = "messaging.carrier.sandbox.clock-behind")
    Duration behind;

    @PostConstruct
    void startBehindInTheSandbox() {
        if (sandbox) {
            ahead.set(behind.negated());
        }
    }

    @Produces
    Clock utc() {
        return clock;
    }

    /** What time it is for the module's rules. */
    public Instant now() {
        return clock.instant();
    }

    /** Moves the sandbox's clock forward to {@code to}; the time it then shows. */
    public Instant moveSandboxClockTo(Instant to) {
        if (!sandbox) {
            throw new ForbiddenException(
                    "the clock can be moved only in sandbox mode (messaging.carrier.sandbox=true)");
        }
        Duration shift = ahead.updateAndGet(current -> {
            Duration wanted = Duration.between(Instant.now(), to);
            if (wanted.compareTo(current) < 0) {
                throw new ValidationException("to", "the clock moves only forward: it is " + clock.instant() + " now");
            }
            return wanted;
        });
        return Instant.now().plus(shift);
    }

    /** The wall clock, plus however far the sandbox's clock was moved. */
    private static final class Shifted extends Clock {

        private final AtomicReference<Duration> ahead;
        private final ZoneId zone;

        Shifted(AtomicReference<Duration> ahead, ZoneId zone) {
            this.ahead = ahead;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Shifted(ahead, other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead.get());
        }
    }
}

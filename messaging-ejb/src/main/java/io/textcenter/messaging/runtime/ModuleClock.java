package io.textcenter.messaging.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The module's one clock: every rule asks it what time it is (in UTC), so that a test can give another. */
@ApplicationScoped
public class ModuleClock {

    @Produces
    Clock utc() {
        return Clock.systemUTC();
    }
}

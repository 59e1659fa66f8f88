package io.textcenter.messaging.consent;

import io.textcenter.messaging.persistence.NoCustomers;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;

/** The consent records of a component test's database, the sign-up read anew each time. */
public final class ConsentFixture {

    private ConsentFixture() {}

    public static ConsentService on(EntityManager em, Clock clock) {
        ConsentService consent = new ConsentService();
        consent.em = em;
        consent.clock = clock;
        consent.customers = new NoCustomers();
        consent.recentSignUp = new RecentSignUp();
        consent.recentSignUp.em = em;
        consent.recentSignUp.keptFor = Duration.ZERO;
        consent.recentSignUp.start();
        return consent;
    }
}

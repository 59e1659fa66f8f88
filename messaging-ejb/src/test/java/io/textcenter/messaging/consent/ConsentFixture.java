package io.textcenter.messaging.consent;

import io.textcenter.messaging.persistence.NoCustomers;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** The consent records of a component test's database. */
public final class ConsentFixture {

    private ConsentFixture() {}

    public static ConsentService on(EntityManager em, Clock clock) {
        ConsentService consent = new ConsentService();
        consent.em = em;
        consent.clock = clock;
        consent.customers = new NoCustomers();
        return consent;
    }
}

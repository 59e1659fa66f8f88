package io.textcenter.messaging.outbound;

import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.persistence.NoEvents;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** The outbox of a component test's database; nobody is told what it queued, and nothing is counted. */
public final class OutboxFixture {

    private OutboxFixture() {}

    public static Outbox on(EntityManager em, Clock clock, Conversations conversations, ConsentService consent) {
        Outbox outbox = new Outbox();
        outbox.em = em;
        outbox.clock = clock;
        outbox.conversations = conversations;
        outbox.consent = consent;
        outbox.queued = new NoEvents<>();
        outbox.metrics = new NoMetrics();
        return outbox;
    }
}

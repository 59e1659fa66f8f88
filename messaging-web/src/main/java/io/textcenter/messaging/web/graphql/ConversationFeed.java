package io.textcenter.messaging.web.graphql;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import java.util.concurrent.Flow.Processor;
import io.textcenter.messaging.conversation.ConversationChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Conversation changes, once committed, as a stream every subscriber of this server shares. */
@ApplicationScoped
public class ConversationFeed {

    /** Serialized: transactions commit on many threads at once, and a processor takes one item at a time. */
    private final Processor<Long, Long> changes = BroadcastProcessor.<Long>create().serialized();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        changes.onNext(change.conversationId());
    }

    /** Ids of conversations as they change. */
    public Multi<Long> changes() {
        return Multi.createFrom().publisher(changes);
    }
}

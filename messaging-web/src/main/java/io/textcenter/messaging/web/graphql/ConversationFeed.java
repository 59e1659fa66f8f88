package io.textcenter.messaging.web.graphql;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.textcenter.messaging.conversation.ConversationChanged;
import io.textcenter.messaging.web.cluster.DataGrid;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.Flow.Processor;

/**
 * Conversation changes, once committed on any instance of the cluster, as a stream every subscriber of this instance
 * shares: each instance publishes its changes to the data grid and streams what the grid delivers.
 */
@ApplicationScoped
public class ConversationFeed {

    private static final String TOPIC = "textcenter.conversation-changed";

    @Inject
    private DataGrid grid;

    /** Serialized: changes arrive on many threads at once, and a processor takes one item at a time. */
    private final Processor<Long, Long> changes = BroadcastProcessor.<Long>create().serialized();
    private Runnable unsubscribe;

    @PostConstruct
    void listen() {
        unsubscribe = grid.subscribe(TOPIC, changes::onNext);
    }

    @PreDestroy
    void stopListening() {
        unsubscribe.run();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        grid.publish(TOPIC, change.conversationId());
    }

    /** Ids of conversations as they change. */
    public Multi<Long> changes() {
        return Multi.createFrom().publisher(changes);
    }
}

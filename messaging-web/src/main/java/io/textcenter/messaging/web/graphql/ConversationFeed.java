package io.textcenter.messaging.web.graphql;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.textcenter.messaging.conversation.ConversationChanged;
import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.runtime.Workers;
import io.textcenter.messaging.web.cluster.DataGrid;
import io.textcenter.messaging.web.graphql.model.Conversation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Conversations as they change, once committed on any instance of the cluster, shared by every subscriber of this
 * instance. Each instance publishes the ids of the conversations that changed to the data grid. What the grid delivers
 * is gathered for a moment ({@code messaging.live.gathering}) and then read: a conversation that changed several times
 * meanwhile (a text queued, sent, delivered) is read once, and once for all the instance's subscribers rather than once
 * per subscriber. The conversations of one read go to the subscribers together. While nobody subscribes, nothing is
 * read.
 */
@ApplicationScoped
public class ConversationFeed {

    private static final Logger LOG = Logger.getLogger(ConversationFeed.class.getName());
    private static final String TOPIC = "textcenter.conversation-changed";
    /** Conversations read in one query. */
    static final int READ_BATCH = 500;
    /**
     * How many reads a subscriber may fall behind (at most {@link #READ_BATCH} conversations each; seconds of changes).
     * Past that its subscription ends with an error; its client reconnects and reads the inbox afresh, as after any
     * lost connection.
     */
    static final int SUBSCRIBER_BACKLOG = 100;

    @Inject
    DataGrid grid;

    @Inject
    ConversationViews views;

    @Inject
    Workers workers;

    @Inject
    @ConfigProperty(name = "messaging.live.gathering")
    Duration gathering;

    /** Fed by the live updates' one thread only, so it needs no serializing. */
    private final BroadcastProcessor<List<Conversation>> reads = BroadcastProcessor.create();

    private final AtomicInteger subscribers = new AtomicInteger();
    /** Guarded by this, like {@link #readDue}. */
    private final Set<Long> changed = new LinkedHashSet<>();

    private boolean readDue;
    private Runnable unsubscribe;

    @PostConstruct
    void listen() {
        unsubscribe = grid.subscribe(TOPIC, this::gather);
    }

    /** Live subscriptions on this instance now. */
    int subscriberCount() {
        return subscribers.get();
    }

    @PreDestroy
    void stopListening() {
        unsubscribe.run();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        grid.publish(TOPIC, change.conversationId());
    }

    /**
     * The conversations of each read, as they are after their changes, after a first, empty, list that says the
     * subscription holds: a change committed after it is sent, so a client that reads the inbox once it has that list
     * misses nothing.
     */
    public Multi<List<Conversation>> changes() {
        Multi<List<Conversation>> everyRead = Multi.createFrom()
                .publisher(reads)
                .onSubscription()
                .invoke(subscription -> subscribers.incrementAndGet())
                .onTermination()
                .invoke(subscribers::decrementAndGet)
                .onOverflow()
                .buffer(SUBSCRIBER_BACKLOG);
        // merging subscribes to its streams in order: the reads are heard before the empty list goes out
        return Multi.createBy().merging().streams(everyRead, Multi.createFrom().item(List.of()));
    }

    private void gather(long conversationId) {
        if (subscribers.get() == 0) {
            return;
        }
        synchronized (this) {
            changed.add(conversationId);
            if (readDue) {
                return;
            }
            readDue = true;
        }
        workers.liveUpdateAfter(gathering, this::publishGathered);
    }

    private void publishGathered() {
        List<String> ids;
        synchronized (this) {
            ids = changed.stream().map(EntityIds::format).toList();
            changed.clear();
            readDue = false;
        }
        for (int from = 0; from < ids.size(); from += READ_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + READ_BATCH));
            try {
                reads.onNext(views.current(batch));
            } catch (RuntimeException unreadable) {
                LOG.log(
                        Level.WARNING,
                        unreadable,
                        () -> "Live updates of " + batch.size()
                                + " conversation(s) not sent, they could not be read; subscribers get them with their next change");
            }
        }
    }
}

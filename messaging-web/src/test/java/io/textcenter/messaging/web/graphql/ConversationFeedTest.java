package io.textcenter.messaging.web.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.textcenter.messaging.conversation.ConversationChanged;
import io.textcenter.messaging.runtime.Workers;
import io.textcenter.messaging.web.cluster.DataGrid;
import io.textcenter.messaging.web.graphql.model.Conversation;
import io.textcenter.messaging.web.graphql.model.ConversationStatus;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConversationFeedTest {

    private static final Duration GATHERING = Duration.ofMillis(100);

    /** Each read's ids; a conversation read shows which read it came from as its unreviewed count. */
    private static final class CountedReads extends ConversationViews {
        final List<List<String>> reads = new ArrayList<>();
        Runnable duringNextRead = () -> {};
        boolean failNextRead;

        @Override
        public List<Conversation> current(Collection<String> ids) {
            reads.add(List.copyOf(ids));
            Runnable during = duringNextRead;
            duringNextRead = () -> {};
            during.run();
            if (failNextRead) {
                failNextRead = false;
                throw new IllegalStateException("the database is away");
            }
            return ids.stream()
                    .map(id -> new Conversation(
                            id,
                            "+12015550100",
                            ConversationStatus.NEW,
                            OffsetDateTime.now(),
                            reads.size(),
                            null,
                            null,
                            null,
                            null))
                    .toList();
        }
    }

    /** Keeps the live updates' tasks until the test runs them. */
    private static final class HeldTasks extends Workers {
        final List<Runnable> held = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();

        @Override
        public synchronized void liveUpdateAfter(Duration delay, Runnable task) {
            delays.add(delay);
            held.add(task);
        }

        void runHeld() {
            List<Runnable> due = List.copyOf(held);
            held.clear();
            due.forEach(Runnable::run);
        }
    }

    private final ConversationFeed feed = new ConversationFeed();
    private final CountedReads views = new CountedReads();
    private final HeldTasks workers = new HeldTasks();

    @BeforeEach
    void wire() {
        feed.grid = new DataGrid();
        feed.views = views;
        feed.workers = workers;
        feed.gathering = GATHERING;
        feed.listen();
    }

    @Test
    void changesGatheredForAMomentAreReadOnceAndSentTogetherToEverySubscriber() {
        List<AssertSubscriber<List<Conversation>>> subscribers =
                IntStream.range(0, 3).mapToObj(i -> subscribe()).toList();

        List.of(1L, 2L, 1L, 1L, 2L).forEach(id -> feed.changed(new ConversationChanged(id)));
        assertEquals(List.of(GATHERING), workers.delays);
        workers.runHeld();

        assertEquals(List.of(List.of("1", "2")), views.reads);
        subscribers.forEach(subscriber -> assertEquals(List.of(List.of("1", "2")), ids(subscriber)));
    }

    @Test
    void moreChangesThanOneReadTakesAreReadAndSentInSeveralParts() {
        AssertSubscriber<List<Conversation>> subscriber = subscribe();
        LongStream.rangeClosed(1, ConversationFeed.READ_BATCH + 1)
                .forEach(id -> feed.changed(new ConversationChanged(id)));
        workers.runHeld();

        assertEquals(
                List.of(ConversationFeed.READ_BATCH, 1),
                events(subscriber).stream().map(List::size).toList());
    }

    @Test
    void nothingIsReadWhileNobodySubscribes() {
        feed.changed(new ConversationChanged(1));
        subscribe().cancel();
        feed.changed(new ConversationChanged(2));

        workers.runHeld();
        assertEquals(List.of(), views.reads);
    }

    @Test
    void aChangeWhileItsConversationIsReadIsReadAgainAfterwards() {
        AssertSubscriber<List<Conversation>> subscriber = subscribe();
        feed.changed(new ConversationChanged(7));
        views.duringNextRead = () -> feed.changed(new ConversationChanged(7));

        workers.runHeld();
        workers.runHeld();

        assertEquals(List.of(List.of("7"), List.of("7")), views.reads);
        assertEquals(
                List.of(1, 2),
                events(subscriber).stream()
                        .flatMap(List::stream)
                        .map(Conversation::unreviewedCount)
                        .toList());
    }

    @Test
    void aReadThatFailsEndsNoSubscription() {
        AssertSubscriber<List<Conversation>> subscriber = subscribe();
        views.failNextRead = true;
        feed.changed(new ConversationChanged(1));
        workers.runHeld();

        feed.changed(new ConversationChanged(2));
        workers.runHeld();

        subscriber.assertNotTerminated();
        assertEquals(List.of(List.of("2")), ids(subscriber));
    }

    @Test
    void aSubscriptionOpensWithAnEmptyListOnceItHearsChanges() {
        List<Integer> subscribersAtEachEvent = new ArrayList<>();
        AssertSubscriber<List<Conversation>> subscriber = feed.changes()
                .onItem()
                .invoke(event -> subscribersAtEachEvent.add(feed.subscriberCount()))
                .subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        feed.changed(new ConversationChanged(3));
        workers.runHeld();

        assertEquals(List.of(1, 1), subscribersAtEachEvent);
        assertEquals(List.of(List.of("3")), ids(subscriber));
    }

    private AssertSubscriber<List<Conversation>> subscribe() {
        return feed.changes().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    /** Each event after the first, empty, one that says the subscription holds. */
    private static List<List<Conversation>> events(AssertSubscriber<List<Conversation>> subscriber) {
        List<List<Conversation>> items = subscriber.getItems();
        assertEquals(List.of(), items.get(0), "the first event");
        return items.subList(1, items.size());
    }

    /** The ids of each event after the first. */
    private static List<List<String>> ids(AssertSubscriber<List<Conversation>> subscriber) {
        return events(subscriber).stream()
                .map(conversations ->
                        conversations.stream().map(Conversation::id).toList())
                .toList();
    }
}

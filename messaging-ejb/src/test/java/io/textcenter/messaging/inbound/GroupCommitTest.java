package io.textcenter.messaging.inbound;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.conversation.MessageDirection;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.runtime.RetryOnClash;
import jakarta.ejb.EJBException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService webhooks = Executors.newCachedThreadPool();

    @AfterEach
    void stopWebhooks() {
        webhooks.shutdownNow();
    }

    @Test
    void textsThatArriveWhileOthersAreWrittenAreWrittenTogetherEachAnsweredWithItsOwn() throws Exception {
        Store store = new Store(Receipts::allStored);
        GroupCommit groupCommit = groupCommit(store, 1);

        Future<Optional<MessageData>> first = post(groupCommit, "SM01");
        store.firstWriteStarted.await();
        List<Future<Optional<MessageData>>> meanwhile =
                List.of(post(groupCommit, "SM02"), post(groupCommit, "SM03"), post(groupCommit, "SM04"));
        await().until(() -> groupCommit.textsWaiting() == 3);
        store.releaseFirstWrite.countDown();

        assertEquals("SM01", answer(first));
        for (int i = 0; i < meanwhile.size(); i++) {
            assertEquals("SM0" + (i + 2), answer(meanwhile.get(i)));
        }
        List<List<String>> groups = store.groups();
        assertEquals(2, groups.size(), groups.toString());
        assertEquals(List.of("SM01"), groups.get(0));
        assertEquals(Set.of("SM02", "SM03", "SM04"), Set.copyOf(groups.get(1)));
    }

    @Test
    void aTextRefusedInAGroupIsRefusedAloneAndTheOthersAreStored() throws Exception {
        Store store = new Store(sids -> Receipts.refusing(sids, "SM03"));
        GroupCommit groupCommit = groupCommit(store, 1);

        Future<Optional<MessageData>> first = post(groupCommit, "SM01");
        store.firstWriteStarted.await();
        Future<Optional<MessageData>> second = post(groupCommit, "SM02");
        Future<Optional<MessageData>> refused = post(groupCommit, "SM03");
        await().until(() -> groupCommit.textsWaiting() == 2);
        store.releaseFirstWrite.countDown();

        assertEquals("SM01", answer(first));
        assertEquals("SM02", answer(second));
        ExecutionException failure = assertThrows(ExecutionException.class, refused::get);
        assertTrue(failure.getCause() instanceof ValidationException, failure.toString());
        assertEquals(List.of(), store.storedAlone);
    }

    @Test
    void aGroupWhoseTransactionFailsIsStoredTextByTextSoNoneIsLost() throws Exception {
        Store store = new Store(sids -> {
            throw new EJBException("the group clashed with another on a conversation");
        });
        GroupCommit groupCommit = groupCommit(store, 1);

        Future<Optional<MessageData>> first = post(groupCommit, "SM01");
        store.firstWriteStarted.await();
        Future<Optional<MessageData>> second = post(groupCommit, "SM02");
        await().until(() -> groupCommit.textsWaiting() == 1);
        store.releaseFirstWrite.countDown();

        assertEquals("SM01", answer(first));
        assertEquals("SM02", answer(second));
        assertEquals(Set.of("SM01", "SM02"), Set.copyOf(store.storedAlone));
    }

    @Test
    void textsOfAFailedGroupStoredAloneDoNotHoldUpTheTextsThatComeMeanwhile() throws Exception {
        AtomicInteger groupsWritten = new AtomicInteger();
        Store store = new Store(sids -> {
            if (groupsWritten.incrementAndGet() == 2) {
                throw new EJBException("the group clashed with another on a conversation");
            }
            return Receipts.allStored(sids);
        });
        store.holdStoringAlone();
        GroupCommit groupCommit = groupCommit(store, 1);

        Future<Optional<MessageData>> first = post(groupCommit, "SM01");
        store.firstWriteStarted.await();
        List<Future<Optional<MessageData>>> failing = List.of(post(groupCommit, "SM02"), post(groupCommit, "SM03"));
        await().until(() -> groupCommit.textsWaiting() == 2);
        store.releaseFirstWrite.countDown();
        await().until(() -> store.storedAlone.size() == 2);

        assertEquals("SM04", answer(post(groupCommit, "SM04")));
        store.releaseStoringAlone.countDown();
        assertEquals("SM01", answer(first));
        assertEquals("SM02", answer(failing.get(0)));
        assertEquals("SM03", answer(failing.get(1)));
    }

    @Test
    void noMoreTransactionsWriteAtOnceThanTheWritersAndEveryTextIsAnsweredOnce() throws Exception {
        Store store = new Store(Receipts::allStored);
        store.releaseFirstWrite.countDown();
        GroupCommit groupCommit = groupCommit(store, 2);

        List<Future<Optional<MessageData>>> answers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            answers.add(post(groupCommit, "SM" + i));
        }
        for (int i = 0; i < answers.size(); i++) {
            assertEquals("SM" + i, answer(answers.get(i)));
        }
        assertTrue(store.mostWritingAtOnce.get() <= 2, "at most 2 at once, was " + store.mostWritingAtOnce);
        assertEquals(400, store.groups().stream().mapToInt(List::size).sum());
    }

    @Test
    void noWriterIsRefusedAtStartRatherThanLeavingEveryWebhookWaiting() {
        GroupCommit groupCommit = groupCommit(new Store(Receipts::allStored), 0);

        IllegalStateException refused = assertThrows(IllegalStateException.class, groupCommit::checkWriters);
        assertTrue(refused.getMessage().contains("messaging.webhook.writers"), refused.getMessage());
    }

    private Future<Optional<MessageData>> post(GroupCommit groupCommit, String sid) {
        return webhooks.submit(
                () -> groupCommit.receive(new InboundText(sid, "+12025550100", "+12025550199", sid, List.of())));
    }

    private static String answer(Future<Optional<MessageData>> answer) throws Exception {
        return answer.get(10, TimeUnit.SECONDS).orElseThrow().id();
    }

    private static GroupCommit groupCommit(InboundService store, int writers) {
        GroupCommit groupCommit = new GroupCommit();
        groupCommit.inbound = store;
        groupCommit.clashes = new RetryOnClash();
        groupCommit.writers = writers;
        return groupCommit;
    }

    private static MessageData message(String sid) {
        return new MessageData(
                sid,
                "1",
                MessageDirection.INBOUND,
                MessageKind.TEXT,
                sid,
                OffsetDateTime.now(),
                false,
                null,
                1,
                null,
                null,
                null,
                false,
                null,
                null);
    }

    /** What the store answers for a group, from its texts' MessageSids. */
    private static final class Receipts {

        static List<Receipt> allStored(List<String> sids) {
            return sids.stream()
                    .map(sid -> Receipt.stored(Optional.of(message(sid))))
                    .toList();
        }

        static List<Receipt> refusing(List<String> sids, String refused) {
            return sids.stream()
                    .map(sid -> sid.equals(refused)
                            ? Receipt.refused(new ValidationException("MessageSid", "is not a carrier message id"))
                            : Receipt.stored(Optional.of(message(sid))))
                    .toList();
        }
    }

    /** Stands in for the database: notes each group written, the first held until the test lets it end. */
    private static final class Store extends InboundService {
        final CountDownLatch firstWriteStarted = new CountDownLatch(1);
        final CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        final AtomicInteger mostWritingAtOnce = new AtomicInteger();
        final List<String> storedAlone = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch releaseStoringAlone = new CountDownLatch(0);
        private final Function<List<String>, List<Receipt>> receipts;
        private final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
        private final Set<Thread> writing = ConcurrentHashMap.newKeySet();

        Store(Function<List<String>, List<Receipt>> receipts) {
            this.receipts = receipts;
        }

        @Override
        public List<Receipt> receiveAll(List<InboundText> texts) {
            writing.add(Thread.currentThread());
            mostWritingAtOnce.accumulateAndGet(writing.size(), Math::max);
            try {
                List<String> sids = texts.stream().map(InboundText::carrierSid).toList();
                groups.add(sids);
                firstWriteStarted.countDown();
                releaseFirstWrite.await();
                return receipts.apply(sids);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(stopped);
            } finally {
                writing.remove(Thread.currentThread());
            }
        }

        @Override
        public Optional<MessageData> receive(InboundText text) {
            storedAlone.add(text.carrierSid());
            try {
                releaseStoringAlone.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(stopped);
            }
            return Optional.of(message(text.carrierSid()));
        }

        /** Each text stored alone waits until the test lets it end. */
        void holdStoringAlone() {
            releaseStoringAlone = new CountDownLatch(1);
        }

        List<List<String>> groups() {
            synchronized (groups) {
                return List.copyOf(groups);
            }
        }
    }
}

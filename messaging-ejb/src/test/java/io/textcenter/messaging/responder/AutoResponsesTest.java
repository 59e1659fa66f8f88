package io.textcenter.messaging.responder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textcenter.messaging.consent.ConsentFixture;
import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.ConversationData;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.ConversationsFixture;
import io.textcenter.messaging.conversation.MediaItem;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.outbound.OutboxFixture;
import io.textcenter.messaging.persistence.TestDatabase;
import io.textcenter.messaging.template.Composed;
import io.textcenter.messaging.template.Composer;
import io.textcenter.messaging.template.MergeContext;
import io.textcenter.messaging.template.MergeContexts;
import io.textcenter.messaging.template.Rendered;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A keyword responder answers a number at most once in ten minutes, against a real database with the module's schema:
 * also when the number texts the keyword twice in one transaction, as texts received together are stored.
 */
class AutoResponsesTest {

    private static final long LINE_ID = 1;
    private static final String SENDER = "+12015550111";
    private static final String ANSWER = "We are open Monday to Friday, 8 AM to 5 PM.";
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-12-01T12:00:00Z");

    private final TestDatabase database = TestDatabase.fresh();
    private final AutoResponses autoResponses = new AutoResponses();

    AutoResponsesTest() {
        database.addLine(LINE_ID, "+12015550100", 10);
        EntityManager em = database.entityManager();
        Clock clock = Clock.fixed(NOON.toInstant(), ZoneOffset.UTC);
        Conversations conversations = ConversationsFixture.on(em);
        ConsentService consent = ConsentFixture.on(em, clock);
        autoResponses.em = em;
        autoResponses.conversations = conversations;
        autoResponses.outbox = OutboxFixture.on(em, clock, conversations, consent);
        autoResponses.responders = new RecentResponders() {
            @Override
            public List<AutoResponderData> all() {
                return List.of(new AutoResponderData(
                        "7", AutoResponderType.KEYWORD, "hours", ANSWER, List.of(), null, false, List.of(), true));
            }
        };
        autoResponses.contexts = new MergeContexts() {
            @Override
            public MergeContext of(ConversationData conversation) {
                return null;
            }
        };
        autoResponses.composer = new Composer() {
            @Override
            public Composed compose(String body, boolean includeVCard, List<String> imageUrls, MergeContext context) {
                return new Composed(new Rendered(body, List.of(), List.of()), List.<MediaItem>of());
            }
        };
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theKeywordTwiceInOneTransactionIsAnsweredOnce() {
        List<Boolean> answered = new ArrayList<>();
        inTransaction(conversation -> {
            answered.add(answer(conversation, "hours", NOON));
            answered.add(answer(conversation, "HOURS", NOON.plusSeconds(1)));
        });

        assertEquals(List.of(true, true), answered);
        assertEquals(1L, answersQueued());
    }

    @Test
    void theKeywordAgainWithinTenMinutesIsNotAnsweredAgain() {
        inTransaction(conversation -> answer(conversation, "hours", NOON));
        inTransaction(conversation -> answer(conversation, "hours", NOON.plus(Duration.ofMinutes(9))));

        assertEquals(1L, answersQueued());
    }

    @Test
    void theKeywordAfterTenMinutesIsAnsweredAgain() {
        inTransaction(conversation -> answer(conversation, "hours", NOON));
        inTransaction(conversation -> answer(conversation, "hours", NOON.plus(Duration.ofMinutes(11))));

        assertEquals(2L, answersQueued());
    }

    @Test
    void anotherTextIsNotAnswered() {
        List<Boolean> answered = new ArrayList<>();
        inTransaction(conversation -> answered.add(answer(conversation, "When do you open?", NOON)));

        assertEquals(List.of(false), answered);
        assertEquals(0L, answersQueued());
    }

    /** Each transaction starts with nothing answered in it, as a server's transaction does. */
    private void inTransaction(Consumer<Conversation> work) {
        Set<AnsweredInTransaction.Answer> answeredInThisTransaction = new HashSet<>();
        autoResponses.answeredInTransaction = new AnsweredInTransaction() {
            @Override
            Set<Answer> answered() {
                return answeredInThisTransaction;
            }
        };
        database.write(em -> {
            Conversations conversations = autoResponses.conversations;
            work.accept(
                    conversations.find(LINE_ID, SENDER).orElseGet(() -> conversations.start(LINE_ID, SENDER, NOON)));
        });
    }

    private boolean answer(Conversation conversation, String text, OffsetDateTime at) {
        return autoResponses.answer(conversation, conversation.toData(), text, false, at);
    }

    private long answersQueued() {
        return database.entityManager()
                .createQuery("SELECT COUNT(m) FROM Message m WHERE m.kind = :kind", Long.class)
                .setParameter("kind", MessageKind.AUTO_RESPONSE)
                .getSingleResult();
    }
}

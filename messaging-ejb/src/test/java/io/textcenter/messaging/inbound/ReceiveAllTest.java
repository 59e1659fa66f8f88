package io.textcenter.messaging.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.consent.ConsentFixture;
import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.ConversationData;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.ConversationsFixture;
import io.textcenter.messaging.outbound.OutboxFixture;
import io.textcenter.messaging.persistence.TestDatabase;
import io.textcenter.messaging.responder.AutoResponses;
import io.textcenter.messaging.settings.LineKind;
import io.textcenter.messaging.settings.RecentLines;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.validation.PhoneNumbers;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Received texts stored together, against a real database with the module's schema: each stored once, a refused one
 * refused alone, and the first text of a new conversation the only one answered as its first message.
 */
class ReceiveAllTest {

    private static final String LINE = "+12015550100";
    private static final String SENDER = "+12015550111";
    private static final String OTHER_SENDER = "+12015550122";

    private final TestDatabase database = TestDatabase.fresh();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);
    /** What the auto-responders were asked to answer: each text's body, "(first)" added for a first message. */
    private final List<String> askedToAnswer = new ArrayList<>();

    private final InboundService inbound = new InboundService();

    ReceiveAllTest() {
        database.addLine(1, LINE, 10);
        EntityManager em = database.entityManager();
        Conversations conversations = ConversationsFixture.on(em);
        ConsentService consent = ConsentFixture.on(em, clock);
        inbound.clock = clock;
        inbound.lines = new RecentLines() {
            @Override
            public Optional<SenderLineData> withNumber(String phoneNumber) {
                return LINE.equals(phoneNumber)
                        ? Optional.of(new SenderLineData("1", "Service", LINE, LineKind.TWO_WAY, true, 10))
                        : Optional.empty();
            }
        };
        inbound.conversations = conversations;
        inbound.queries = ConversationsFixture.queries(em);
        inbound.consent = consent;
        inbound.outbox = OutboxFixture.on(em, clock, conversations, consent);
        inbound.phoneNumbers = new PhoneNumbers("US");
        inbound.autoResponses = new AutoResponses() {
            @Override
            public boolean answer(
                    Conversation conversation,
                    ConversationData data,
                    String text,
                    boolean firstMessage,
                    OffsetDateTime now) {
                askedToAnswer.add(text + (firstMessage ? " (first)" : ""));
                return false;
            }
        };
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aMessageSidTwiceInOneGroupIsStoredOnce() {
        List<Receipt> receipts = receiveAll(text(1, SENDER, LINE, "Hello"), text(1, SENDER, LINE, "Hello"));

        assertTrue(receipts.get(0).stored().isPresent());
        assertEquals(Optional.empty(), receipts.get(1).stored());
        assertNull(receipts.get(1).refusal());
        assertEquals(1L, messagesWithSid(1));
    }

    @Test
    void aMessageSidStoredBeforeIsNotStoredAgain() {
        receiveAll(text(1, SENDER, LINE, "Hello"));

        List<Receipt> receipts = receiveAll(text(1, SENDER, LINE, "Hello"), text(2, SENDER, LINE, "Still there?"));

        assertEquals(Optional.empty(), receipts.get(0).stored());
        assertTrue(receipts.get(1).stored().isPresent());
        assertEquals(1L, messagesWithSid(1));
    }

    @Test
    void aRefusedTextIsRefusedAloneAndTheOthersAreStored() {
        List<Receipt> receipts = receiveAll(
                text(1, SENDER, LINE, "One"),
                new InboundText("not a sid", SENDER, LINE, "Two", List.of()),
                text(3, SENDER, "+12015550999", "Three"),
                text(4, OTHER_SENDER, LINE, "Four"));

        assertTrue(receipts.get(0).stored().isPresent());
        assertTrue(receipts.get(1).refusal() instanceof ValidationException, String.valueOf(receipts.get(1)));
        assertTrue(receipts.get(2).refusal() instanceof UnknownLineException, String.valueOf(receipts.get(2)));
        assertTrue(receipts.get(3).stored().isPresent());
        assertEquals(List.of("One (first)", "Four (first)"), askedToAnswer);
    }

    @Test
    void aCopyRefusedWhenPlacedDoesNotMakeALaterCopyLookStored() {
        List<Receipt> receipts = receiveAll(text(1, SENDER, "+12015550999", "Hello"), text(1, SENDER, LINE, "Hello"));

        assertTrue(receipts.get(0).refusal() instanceof UnknownLineException, String.valueOf(receipts.get(0)));
        assertTrue(receipts.get(1).stored().isPresent());
        assertEquals(1L, messagesWithSid(1));
    }

    @Test
    void twoTextsFromANewSenderStartOneConversationAndOnlyTheFirstIsItsFirstMessage() {
        List<Receipt> receipts = receiveAll(
                text(1, SENDER, LINE, "Hello"), text(2, OTHER_SENDER, LINE, "Hi"), text(3, SENDER, LINE, "Anyone?"));

        assertEquals(List.of("Hello (first)", "Hi (first)", "Anyone?"), askedToAnswer);
        assertEquals(
                receipts.get(0).stored().orElseThrow().conversationId(),
                receipts.get(2).stored().orElseThrow().conversationId());
        assertEquals(2L, conversations());
    }

    @Test
    void aTextToAConversationStartedBeforeIsNotAFirstMessage() {
        receiveAll(text(1, SENDER, LINE, "Hello"));
        askedToAnswer.clear();

        receiveAll(text(2, SENDER, LINE, "Me again"), text(3, OTHER_SENDER, LINE, "Hi"));

        assertEquals(List.of("Me again", "Hi (first)"), askedToAnswer);
        assertEquals(2L, conversations());
    }

    private List<Receipt> receiveAll(InboundText... texts) {
        List<List<Receipt>> receipts = new ArrayList<>();
        database.write(em -> receipts.add(inbound.receiveAll(List.of(texts))));
        return receipts.get(0);
    }

    private static InboundText text(int sid, String from, String to, String body) {
        return new InboundText(sid(sid), from, to, body, List.of());
    }

    private static String sid(int n) {
        return String.format("SM%032x", n);
    }

    private long messagesWithSid(int sid) {
        return database.entityManager()
                .createQuery("SELECT COUNT(m) FROM Message m WHERE m.delivery.carrierSid = :sid", Long.class)
                .setParameter("sid", sid(sid))
                .getSingleResult();
    }

    private long conversations() {
        return database.entityManager()
                .createQuery("SELECT COUNT(c) FROM Conversation c", Long.class)
                .getSingleResult();
    }
}

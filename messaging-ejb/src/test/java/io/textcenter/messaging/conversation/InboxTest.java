package io.textcenter.messaging.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.persistence.NoCustomers;
import io.textcenter.messaging.persistence.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox's paging, cursors and filters against a real database with the module's schema, without a server: the
 * SQL is the module's own, the rows are written as its services write them.
 */
class InboxTest {

    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
    private static final long LINE = 1;

    private final TestDatabase database = TestDatabase.fresh();
    private final Inbox inbox = new Inbox();
    private final List<Long> conversations = new ArrayList<>();

    InboxTest() {
        inbox.em = database.entityManager();
        inbox.customers = new NoCustomers();
        inbox.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        database.write(em -> em.createNativeQuery(
                        "INSERT INTO sender_line (id, version, description, phone_number, kind, active)" + " VALUES ("
                                + LINE + ", 1, 'Service', '+12015550100', 'TWO_WAY', TRUE)")
                .executeUpdate());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void pagesListEveryConversationOnceWithTheLatestActivityFirst() {
        for (int minute = 1; minute <= 5; minute++) {
            conversationWithTextAt("+1201555010" + minute, minute);
        }

        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            ConversationPageData page = inbox.page(everything(), 2, after);
            page.items().forEach(conversation -> seen.add(conversation.externalNumber()));
            after = page.nextCursor();
        } while (after != null);

        assertEquals(List.of("+12015550105", "+12015550104", "+12015550103", "+12015550102", "+12015550101"), seen);
    }

    @Test
    void aConversationWithANewTextWhilePagingKeepsItsPlaceAndShowsFirstOnAFreshPage() {
        for (int minute = 1; minute <= 4; minute++) {
            conversationWithTextAt("+1201555010" + minute, minute);
        }
        ConversationPageData first = inbox.page(everything(), 2, null);
        assertEquals(List.of("+12015550104", "+12015550103"), numbers(first));

        textAt(conversations.get(0), 90); // +12015550101, not read yet, gets a text after paging began
        inbox.clock = Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC);

        assertEquals(List.of("+12015550102", "+12015550101"), numbers(inbox.page(everything(), 2, first.nextCursor())));
        assertEquals("+12015550101", numbers(inbox.page(everything(), 2, null)).get(0));
    }

    @Test
    void filtersNarrowTheListAndCountTheSameConversations() {
        conversationWithTextAt("+12015550101", 1);
        conversationWithTextAt("+12015550199", 2);
        ConversationFilterData byDigits =
                new ConversationFilterData(Set.of(ConversationStatus.NEW), null, null, null, null, true, "0199");

        assertEquals(List.of("+12015550199"), numbers(inbox.page(byDigits, 50, null)));
        assertEquals(1, inbox.count(byDigits));
        assertNull(inbox.page(byDigits, 50, null).nextCursor());
    }

    @Test
    void aCursorThisApiNeverGaveAndAPageSizeOutOfRangeAreValidationErrors() {
        assertEquals(
                "after",
                assertThrows(ValidationException.class, () -> inbox.page(everything(), 10, "not-a-cursor"))
                        .field());
        assertEquals(
                "first",
                assertThrows(ValidationException.class, () -> inbox.page(everything(), Inbox.MAX_PAGE + 1, null))
                        .field());
    }

    private void conversationWithTextAt(String number, int minute) {
        database.write(em -> {
            Conversation conversation = new Conversation(LINE, number, null, null, at(minute));
            em.persist(conversation);
            em.flush();
            conversations.add(conversation.id());
        });
        textAt(conversations.get(conversations.size() - 1), minute);
    }

    private void textAt(long conversationId, int minute) {
        database.write(em -> {
            Conversation conversation = em.find(Conversation.class, conversationId);
            em.persist(Message.received(
                    conversation, "SM" + conversationId + "x" + minute, MessageKind.TEXT, "Hello", 1, at(minute)));
            conversation.touch(at(minute));
        });
    }

    private static OffsetDateTime at(int minute) {
        return NOW.minusSeconds(3600).plusSeconds(60L * minute).atOffset(ZoneOffset.UTC);
    }

    private static ConversationFilterData everything() {
        return new ConversationFilterData(null, null, null, null, null, false, null);
    }

    private static List<String> numbers(ConversationPageData page) {
        return page.items().stream().map(ConversationData::externalNumber).toList();
    }
}

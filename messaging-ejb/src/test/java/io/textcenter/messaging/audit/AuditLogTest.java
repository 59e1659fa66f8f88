package io.textcenter.messaging.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.persistence.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading the audit trail against the module's schema, without a server: newest first, in pages, filtered. */
class AuditLogTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    private final TestDatabase database = TestDatabase.fresh();
    private final AuditLog log = new AuditLog();

    AuditLogTest() {
        log.em = database.entityManager();
        database.write(em -> {
            em.persist(new AuditEntry(NINE, "ann", AuditAction.CONVERSATION_CLAIMED, "conversation 1", null, "{}"));
            em.persist(new AuditEntry(
                    NINE.plusMinutes(1), "ada", AuditAction.CONVERSATION_TAKEN_OVER, "conversation 1", "{}", "{}"));
            em.persist(new AuditEntry(
                    NINE.plusMinutes(2), "ada", AuditAction.TWILIO_ACCOUNT_CHANGED, "Twilio account", null, "{}"));
            em.persist(new AuditEntry(
                    NINE.plusMinutes(3), "bob", AuditAction.CONVERSATION_RESOLVED, "conversation 2", "{}", "{}"));
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void pagesListEveryEntryOnceNewestFirst() {
        List<AuditAction> seen = new ArrayList<>();
        String after = null;
        do {
            AuditPage page = log.page(AuditFilter.EVERYTHING, 3, after);
            page.items().forEach(entry -> seen.add(entry.action()));
            after = page.nextCursor();
        } while (after != null);

        assertEquals(
                List.of(
                        AuditAction.CONVERSATION_RESOLVED,
                        AuditAction.TWILIO_ACCOUNT_CHANGED,
                        AuditAction.CONVERSATION_TAKEN_OVER,
                        AuditAction.CONVERSATION_CLAIMED),
                seen);
    }

    @Test
    void entriesAreFoundBySubjectActorActionAndTime() {
        assertEquals(List.of("ada", "ann"), actors(new AuditFilter(null, null, "conversation 1", null, null)));
        assertEquals(
                List.of("ada"),
                actors(new AuditFilter(List.of(AuditAction.TWILIO_ACCOUNT_CHANGED), "ada", null, null, null)));
        assertEquals(
                List.of("ada", "ada"),
                actors(new AuditFilter(null, null, null, NINE.plusMinutes(1), NINE.plusMinutes(3))));
    }

    @Test
    void theLastPageSaysSoAndAPageSizeOutOfRangeOrAForeignCursorIsRefused() {
        assertNull(log.page(AuditFilter.EVERYTHING, 4, null).nextCursor());
        assertThrows(ValidationException.class, () -> log.page(AuditFilter.EVERYTHING, 0, null));
        assertThrows(ValidationException.class, () -> log.page(AuditFilter.EVERYTHING, 201, null));
        assertThrows(ValidationException.class, () -> log.page(AuditFilter.EVERYTHING, 10, "not-a-cursor"));
    }

    private List<String> actors(AuditFilter filter) {
        return log.page(filter, 10, null).items().stream()
                .map(AuditEntryData::actor)
                .toList();
    }
}

package io.textcenter.messaging.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textcenter.messaging.consent.ConsentFixture;
import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.ConversationsFixture;
import io.textcenter.messaging.outbound.Outbox;
import io.textcenter.messaging.outbound.OutboxFixture;
import io.textcenter.messaging.persistence.TestDatabase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bulk send's chunks against the module's schema and SQL, without a server or a batch runtime: each recipient texted
 * once whatever restarts happen, who cannot be texted recorded with the reason, and a stop that comes first honoured.
 */
class BulkChunksTest {

    private static final long LINE = 1;
    private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");
    private static final String ANN = "+12015550111";
    private static final String BO = "+12015550112";
    private static final String CY = "+12015550113";

    private final TestDatabase database = TestDatabase.fresh();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ConsentService consent = ConsentFixture.on(database.entityManager(), clock);
    private final BulkChunks chunks = new BulkChunks();

    /** What each recipient's text says once composed, or why they cannot be texted. */
    private final Map<String, BulkItem> composed = Map.of(
            "appointment-1", new BulkItem("appointment-1", ANN, "Ann, confirm your visit tomorrow", List.of(), null),
            "appointment-2", new BulkItem("appointment-2", BO, "Bo, confirm your visit tomorrow", List.of(), null),
            "appointment-3", BulkItem.skipped("appointment-3", "no mobile number"),
            "appointment-4", new BulkItem("appointment-4", CY, "Cy, confirm your visit tomorrow", List.of(), null));

    BulkChunksTest() {
        database.addLine(LINE, "+12015550100", 100);
        Conversations conversations = ConversationsFixture.on(database.entityManager());
        Outbox outbox = OutboxFixture.on(database.entityManager(), clock, conversations, consent);
        chunks.em = database.entityManager();
        chunks.clock = clock;
        chunks.conversations = conversations;
        chunks.outbox = outbox;
        chunks.texts = new ComposedAsGiven();
        chunks.leases = new BulkLeases();
        chunks.leases.em = database.entityManager();
        chunks.leases.clock = clock;
        chunks.leases.lease = Duration.ofMinutes(1);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachRecipientIsTextedWithTheirOwnTextAndWhoCannotBeIsRecordedWithTheReason() {
        long send = send(false, null);

        queue(send, "appointment-1", "appointment-2", "appointment-3");

        assertEquals(
                List.of(
                        new QueuedText(ANN, "Ann, confirm your visit tomorrow", "QUEUED", "TRANSACTIONAL", true),
                        new QueuedText(BO, "Bo, confirm your visit tomorrow", "QUEUED", "TRANSACTIONAL", true)),
                texts());
        assertEquals(
                Map.of(
                        "appointment-1", "texted",
                        "appointment-2", "texted",
                        "appointment-3", "skipped: no mobile number"),
                recipients(send));
    }

    @Test
    void aChunkRunAgainAfterARestartTextsNobodyTwice() {
        long send = send(false, null);
        queue(send, "appointment-1", "appointment-2");

        queue(send, "appointment-1", "appointment-2", "appointment-4");

        assertEquals(
                List.of(ANN, BO, CY), texts().stream().map(QueuedText::number).toList());
        assertEquals(3, recipients(send).size());
    }

    @Test
    void aSendStoppedBeforeItsChunkQueuesNothingThatARestartWouldMiss() {
        long send = send(false, null);
        database.write(em -> em.createNativeQuery("UPDATE bulk_send SET stopped = TRUE WHERE id = ?1")
                .setParameter(1, send)
                .executeUpdate());

        queue(send, "appointment-1", "appointment-2");

        assertEquals(List.of(), texts());
        assertEquals(Map.of(), recipients(send));
    }

    @Test
    void aNumberThatOptedOutIsRecordedAsSkippedNotTexted() {
        long send = send(false, null);
        database.write(em -> consent.optOut(BO, "keyword STOP"));

        queue(send, "appointment-1", "appointment-2");

        assertEquals(
                List.of(
                        new QueuedText(ANN, "Ann, confirm your visit tomorrow", "QUEUED", "TRANSACTIONAL", true),
                        new QueuedText(BO, "Bo, confirm your visit tomorrow", "SKIPPED", "TRANSACTIONAL", true)),
                texts());
    }

    @Test
    void aMarketingSendWithAStartTimeWaitsScheduledUntilThen() {
        OffsetDateTime tomorrowMorning = NOW.plus(Duration.ofHours(18)).atOffset(ZoneOffset.UTC);
        long send = send(true, tomorrowMorning);

        queue(send, "appointment-1");

        assertEquals(
                List.of(new QueuedText(ANN, "Ann, confirm your visit tomorrow", "SCHEDULED", "MARKETING", true)),
                texts());
        assertEquals(tomorrowMorning.toInstant(), dueOfOnlyText());
    }

    private long send(boolean marketing, OffsetDateTime sendAt) {
        BulkSend send = new BulkSend(
                new BulkMessage(BulkSendKind.CUSTOMERS, LINE, null, "confirm", "dispatcher-1", marketing, sendAt),
                List.copyOf(composed.keySet()),
                NOW.atOffset(ZoneOffset.UTC));
        database.write(em -> em.persist(send));
        return send.id();
    }

    private void queue(long send, String... recipientIds) {
        database.write(em -> chunks.queue(send, List.of(recipientIds)));
    }

    private List<QueuedText> texts() {
        List<?> rows = database.entityManager()
                .createNativeQuery("SELECT c.external_number, m.body, m.delivery_status, m.purpose, m.keeps_quiet_hours"
                        + " FROM message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE m.direction = 'OUTBOUND' ORDER BY c.external_number")
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new QueuedText(
                        (String) row[0], (String) row[1], (String) row[2], (String) row[3], (Boolean) row[4]))
                .toList();
    }

    /** Each recipient the send recorded: texted, or skipped with the reason. */
    private Map<String, String> recipients(long send) {
        List<?> rows = database.entityManager()
                .createNativeQuery(
                        "SELECT recipient_id, message_id, skip_reason FROM bulk_recipient WHERE bulk_send_id = ?1")
                .setParameter(1, send)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .collect(Collectors.toMap(
                        row -> (String) row[0], row -> row[1] != null ? "texted" : "skipped: " + row[2]));
    }

    private Instant dueOfOnlyText() {
        Object due = database.entityManager()
                .createNativeQuery("SELECT next_attempt_at FROM message WHERE direction = 'OUTBOUND'")
                .getSingleResult();
        return due instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) due).toInstant();
    }

    private record QueuedText(String number, String body, String status, String purpose, boolean keepsQuietHours) {}

    /** The chunk's recipients composed as the test gives them, instead of from appointments and templates. */
    private final class ComposedAsGiven extends BulkTexts {
        @Override
        public List<BulkItem> compose(BulkMessage send, List<String> recipientIds) {
            return recipientIds.stream().map(composed::get).toList();
        }
    }
}

package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.persistence.TestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A line's outbound texts as rows of the module's schema, each to a number in a conversation of its own. */
final class OutboxRows {

    static final long LINE = 1;

    private final TestDatabase database;
    private long nextId = 100;

    OutboxRows(TestDatabase database, double messagesPerSecond) {
        this.database = database;
        database.addLine(LINE, "+12015550100", messagesPerSecond);
    }

    /** A text waiting in the outbox (QUEUED or SCHEDULED), due at {@code due}; returns its id. */
    long waiting(String number, String status, Instant due, boolean keepsQuietHours, String purpose) {
        return text(number, status, due, keepsQuietHours, purpose, 0, null);
    }

    /** A text handed to the carrier {@code since} on its {@code attempt}th try, its outcome not recorded yet. */
    long sending(String number, int attempt, Instant since) {
        return text(number, "SENDING", since, false, "TRANSACTIONAL", attempt, since);
    }

    private long text(
            String number,
            String status,
            Instant due,
            boolean keepsQuietHours,
            String purpose,
            int attempts,
            Instant sendingSince) {
        long conversation = nextId++;
        long message = nextId++;
        database.write(em -> {
            em.createNativeQuery(
                            "INSERT INTO conversation (id, version, line_id, external_number, status, last_message_at)"
                                    + " VALUES (?1, 1, ?2, ?3, 'NEW', ?4)")
                    .setParameter(1, conversation)
                    .setParameter(2, LINE)
                    .setParameter(3, number)
                    .setParameter(4, due.atOffset(ZoneOffset.UTC))
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO message (id, version, conversation_id, line_id, direction, kind, body,"
                            + " created_at, reviewed, segments, delivery_status, attempts, next_attempt_at,"
                            + " keeps_quiet_hours, purpose)"
                            + " VALUES (?1, 1, ?2, ?3, 'OUTBOUND', 'TEXT', 'Hello', ?4, TRUE, 1, ?5, ?6, ?4, ?7, ?8)")
                    .setParameter(1, message)
                    .setParameter(2, conversation)
                    .setParameter(3, LINE)
                    .setParameter(4, due.atOffset(ZoneOffset.UTC))
                    .setParameter(5, status)
                    .setParameter(6, attempts)
                    .setParameter(7, keepsQuietHours)
                    .setParameter(8, purpose)
                    .executeUpdate();
            if (sendingSince != null) {
                em.createNativeQuery("UPDATE message SET sending_since = ?1 WHERE id = ?2")
                        .setParameter(1, sendingSince.atOffset(ZoneOffset.UTC))
                        .setParameter(2, message)
                        .executeUpdate();
            }
        });
        return message;
    }

    String statusOf(long message) {
        return (String) column(message, "delivery_status");
    }

    Object column(long message, String name) {
        return database.entityManager()
                .createNativeQuery("SELECT " + name + " FROM message WHERE id = ?1")
                .setParameter(1, message)
                .getSingleResult();
    }

    /** A time column, as H2 (an OffsetDateTime) or PostgreSQL's driver (a Timestamp) gives it. */
    Instant timeIn(long message, String name) {
        Object time = column(message, name);
        return time instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) time).toInstant();
    }
}

package io.textcenter.messaging.conversation;

import io.textcenter.messaging.delivery.Purpose;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * How an outbound text goes, beyond what it says: at most once for a key (a notification per appointment and
 * status), whether it waits for the recipient's texting window when it falls due in their quiet hours, its purpose,
 * and when it goes (at once, or SCHEDULED until a time).
 */
public record SendOptions(
        Optional<String> onceKey, boolean keepsQuietHours, Purpose purpose, Optional<OffsetDateTime> sendAt) {

    /** A text that goes as soon as the line can send it: replies, auto-responses, texts to employees. */
    public static final SendOptions AT_ONCE =
            new SendOptions(Optional.empty(), false, Purpose.TRANSACTIONAL, Optional.empty());

    /** A bulk send's text: it waits for the recipient's texting window. */
    public static final SendOptions IN_TEXTING_HOURS =
            new SendOptions(Optional.empty(), true, Purpose.TRANSACTIONAL, Optional.empty());

    /** Marketing: only to numbers with marketing consent, and in the recipient's texting window. */
    public static final SendOptions MARKETING =
            new SendOptions(Optional.empty(), true, Purpose.MARKETING, Optional.empty());

    public static SendOptions oncePer(String key, boolean keepsQuietHours) {
        return new SendOptions(Optional.of(key), keepsQuietHours, Purpose.TRANSACTIONAL, Optional.empty());
    }

    /** The same text sent later: SCHEDULED until {@code time}, then in the recipient's texting window. */
    public SendOptions sentAt(OffsetDateTime time) {
        return new SendOptions(onceKey, true, purpose, Optional.of(time));
    }
}

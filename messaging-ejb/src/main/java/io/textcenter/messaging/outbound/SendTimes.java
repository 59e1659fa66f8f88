package io.textcenter.messaging.outbound;

import io.textcenter.messaging.api.ValidationException;
import java.time.Clock;
import java.time.OffsetDateTime;

/** A send time someone asked for: "later" has to lie ahead, or the text would go at once while saying otherwise. */
public final class SendTimes {

    private SendTimes() {}

    /** Fails on a {@code sendAt} that is not in the future; null (send at once) passes. */
    public static void requireFuture(OffsetDateTime sendAt, Clock clock) {
        if (sendAt != null && !sendAt.isAfter(OffsetDateTime.now(clock))) {
            throw new ValidationException("sendAt", "must be in the future (it is " + sendAt + ")");
        }
    }
}

package io.textcenter.messaging.bulk;

import java.time.OffsetDateTime;

/**
 * What every recipient of a bulk send gets, from which line and author, whether it is marketing, and when it goes: the
 * send as its job's chunks read it.
 */
public record BulkMessage(
        BulkSendKind kind,
        long lineId,
        Long templateId,
        String body,
        String authorId,
        boolean marketing,
        OffsetDateTime sendAt) {

    /** Whether the texts wait for a start time still to come at {@code now}. */
    boolean startsAfter(OffsetDateTime now) {
        return sendAt != null && sendAt.isAfter(now);
    }
}

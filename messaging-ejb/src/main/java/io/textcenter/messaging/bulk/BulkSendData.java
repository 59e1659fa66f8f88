package io.textcenter.messaging.bulk;

import java.time.OffsetDateTime;

/**
 * A bulk send and its progress.
 *
 * @param sent    recipients whose text the carrier took (or delivered)
 * @param skipped recipients not texted, with a recorded reason (no mobile, invalid number, opted out, stopped)
 * @param failed  recipients whose text failed or was undelivered
 * @param sendAt  when its texts go out; null: at once
 */
public record BulkSendData(
        String id,
        BulkSendKind kind,
        BulkSendStatus status,
        int total,
        int sent,
        int skipped,
        int failed,
        OffsetDateTime startedAt,
        OffsetDateTime sendAt,
        OffsetDateTime endedAt,
        Long jobExecutionId) {}

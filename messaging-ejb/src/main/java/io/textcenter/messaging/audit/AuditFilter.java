package io.textcenter.messaging.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** Which entries to read: any of these actions, by this login, about this subject, from (inclusive) to (exclusive). */
public record AuditFilter(
        List<AuditAction> actions, String actor, String subject, OffsetDateTime from, OffsetDateTime to) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null);
}

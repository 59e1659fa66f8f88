package io.textcenter.messaging.audit;

import java.time.OffsetDateTime;

/**
 * An audit entry as administrators read it: {@code subject} names what changed (e.g. "conversation 12"); {@code before}
 * and {@code after} are its values as JSON, null where there was none (a new template) or none is kept (a deletion's
 * after).
 */
public record AuditEntryData(
        String id, OffsetDateTime at, String actor, AuditAction action, String subject, String before, String after) {}

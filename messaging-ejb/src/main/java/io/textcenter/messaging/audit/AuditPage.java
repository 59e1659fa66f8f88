package io.textcenter.messaging.audit;

import java.util.List;

/** A page of the audit trail; {@code nextCursor} reads on, null on the last page. */
public record AuditPage(List<AuditEntryData> items, String nextCursor) {}

package io.textcenter.messaging.web.graphql.model;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code AuditPage}: entries newest first; {@code nextCursor} reads on (null on the last page). */
public record AuditPage(@NonNull List<@NonNull AuditEntry> items, String nextCursor) {

    public static AuditPage of(io.textcenter.messaging.audit.AuditPage page) {
        return new AuditPage(page.items().stream().map(AuditEntry::of).toList(), page.nextCursor());
    }
}

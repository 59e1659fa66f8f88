package io.textcenter.messaging.web.graphql.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;

/**
 * GraphQL {@code AuditFilter}: any of these actions, by this login, about this subject, from (inclusive) to
 * (exclusive).
 */
@Input("AuditFilter")
public record AuditFilter(
        List<AuditAction> actions, String actor, String subject, OffsetDateTime from, OffsetDateTime to) {

    public io.textcenter.messaging.audit.AuditFilter toFilter() {
        return new io.textcenter.messaging.audit.AuditFilter(
                actions == null
                        ? null
                        : actions.stream()
                                .map(action -> Mirror.of(action, io.textcenter.messaging.audit.AuditAction.class))
                                .toList(),
                actor,
                subject,
                from,
                to);
    }
}

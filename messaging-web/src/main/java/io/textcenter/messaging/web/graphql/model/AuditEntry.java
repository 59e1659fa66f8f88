package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.audit.AuditEntryData;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "One change in the audit trail: who (a login, or \"system\"), when, what, and the values before and after as"
                + " JSON (never a secret)")
public record AuditEntry(
        @NonNull @Id String id,
        @NonNull OffsetDateTime at,
        @NonNull String actor,
        @NonNull AuditAction action,

        @Description("What changed, e.g. \"conversation 12\" or \"Twilio account\"")
        String subject,

        String before,
        String after) {

    public static AuditEntry of(AuditEntryData data) {
        return new AuditEntry(
                data.id(),
                data.at(),
                data.actor(),
                Mirror.of(data.action(), AuditAction.class),
                data.subject(),
                data.before(),
                data.after());
    }
}

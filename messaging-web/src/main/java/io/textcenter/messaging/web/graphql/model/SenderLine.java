package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.settings.SenderLineData;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code SenderLine}. */
public record SenderLine(@NonNull @Id String id, @NonNull String description, @NonNull String phoneNumber,
                         @NonNull LineKind kind, boolean active) {

    public static SenderLine of(SenderLineData data) {
        return new SenderLine(data.id(), data.description(), data.phoneNumber(), LineKind.of(data.kind()), data.active());
    }
}

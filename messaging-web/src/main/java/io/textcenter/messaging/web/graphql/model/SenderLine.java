package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.settings.SenderLineData;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code SenderLine}. */
public record SenderLine(
        @NonNull @Id String id,
        @NonNull String description,
        @NonNull String phoneNumber,
        @NonNull LineKind kind,
        boolean active,
        double messagesPerSecond) {

    public static SenderLine of(SenderLineData data) {
        return new SenderLine(
                data.id(),
                data.description(),
                data.phoneNumber(),
                Mirror.of(data.kind(), LineKind.class),
                data.active(),
                data.messagesPerSecond());
    }
}

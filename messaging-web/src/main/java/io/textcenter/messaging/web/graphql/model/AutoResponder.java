package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.responder.AutoResponderData;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code AutoResponder}; its lines are resolved in batches (no lines: it answers on every line). */
public record AutoResponder(
        @NonNull @Id String id,
        @NonNull AutoResponderType type,
        String keyword,
        @NonNull String message,
        Schedule schedule,
        boolean includeVCard,
        @NonNull List<@NonNull String> imageUrls,
        boolean active,
        @Ignore List<String> lineIds) {

    public static AutoResponder of(AutoResponderData data) {
        return new AutoResponder(
                data.id(),
                Mirror.of(data.type(), AutoResponderType.class),
                data.keyword(),
                data.message(),
                Schedule.of(data.schedule()),
                data.includeVCard(),
                data.imageUrls(),
                data.active(),
                data.lineIds());
    }
}

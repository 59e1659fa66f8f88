package io.textcenter.messaging.web.graphql.model;

import io.smallrye.graphql.api.Nullable;
import io.textcenter.messaging.responder.AutoResponderData;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code AutoResponderInput}: no id adds a responder; an empty {@code lineIds} answers on every line. */
@Input("AutoResponderInput")
public record AutoResponderInput(
        @Id String id,
        @NonNull AutoResponderType type,
        String keyword,
        @NonNull String message,
        @NonNull @Id List<@NonNull String> lineIds,
        ScheduleInput schedule,
        @DefaultValue("false") Boolean includeVCard,
        @Nullable List<@NonNull String> imageUrls,
        @DefaultValue("true") Boolean active) {

    public AutoResponderData toData() {
        return new AutoResponderData(
                id,
                Mirror.of(type, io.textcenter.messaging.responder.AutoResponderType.class),
                keyword,
                message,
                lineIds,
                schedule == null ? null : schedule.toSchedule(),
                Boolean.TRUE.equals(includeVCard),
                imageUrls == null ? List.of() : imageUrls,
                !Boolean.FALSE.equals(active));
    }
}

package io.textcenter.messaging.web.graphql.model;

import io.smallrye.graphql.api.Nullable;
import io.textcenter.messaging.conversation.ConversationFilterData;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code ConversationFilter}: every part optional; {@code from}/{@code to} find conversations with a message then. */
@Input("ConversationFilter")
public record ConversationFilter(
        @Nullable List<@NonNull ConversationStatus> status,
        @Id String lineId,
        OffsetDateTime from,
        OffsetDateTime to,
        @Id String customerId,
        @DefaultValue("false") Boolean unreviewedOnly,
        String search) {

    public static ConversationFilterData toData(ConversationFilter filter) {
        if (filter == null) {
            return new ConversationFilterData(null, null, null, null, null, false, null);
        }
        return new ConversationFilterData(
                filter.status == null
                        ? null
                        : filter.status.stream()
                                .map(status -> Mirror.of(
                                        status, io.textcenter.messaging.conversation.ConversationStatus.class))
                                .collect(Collectors.toSet()),
                filter.lineId,
                filter.from,
                filter.to,
                filter.customerId,
                Boolean.TRUE.equals(filter.unreviewedOnly),
                filter.search);
    }
}

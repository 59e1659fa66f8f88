package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.conversation.ConversationData;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Conversation}; its people, messages and appointments are resolved in batches. */
public record Conversation(
        @NonNull @Id String id,
        @NonNull String externalNumber,
        @NonNull ConversationStatus status,
        @NonNull OffsetDateTime lastMessageAt,
        int unreviewedCount,
        @NonNull SenderLine line,
        @Ignore String claimedById,
        @Ignore String customerId,
        @Ignore String employeeId) {

    public static Conversation of(ConversationData data, int unreviewedCount, SenderLine line) {
        return new Conversation(
                data.id(),
                data.externalNumber(),
                Mirror.of(data.status(), ConversationStatus.class),
                data.lastMessageAt(),
                unreviewedCount,
                line,
                data.claimedById(),
                data.customerId(),
                data.employeeId());
    }
}

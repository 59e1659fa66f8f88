package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.conversation.MessageData;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Message}; author and attachments are resolved in batches. */
public record Message(
        @NonNull @Id String id,
        @NonNull MessageDirection direction,
        @NonNull MessageKind kind,
        String body,
        @NonNull OffsetDateTime at,
        boolean reviewed,
        DeliveryStatus deliveryStatus,
        String errorCode,

        @Description("Why a message was skipped or failed, in words")
        String errorMessage,

        int segments,
        @NonNull @Id String conversationId,
        @Ignore String authorId,

        @Description("A received text read back from Twilio's message log, because its webhook never came, too late"
                + " for automatic answers")
        boolean recoveredLate,

        @Description("Why it went out: MARKETING texts go only to numbers with marketing consent")
        Purpose purpose,

        @Description("When a text still waiting (QUEUED or SCHEDULED) is due to go: its scheduled time, or when the"
                + " recipient's texting window opens (quiet hours); null once it went")
        OffsetDateTime sendsAt) {

    public static Message of(MessageData data) {
        return new Message(
                data.id(),
                Mirror.of(data.direction(), MessageDirection.class),
                Mirror.of(data.kind(), MessageKind.class),
                data.body(),
                data.at(),
                data.reviewed(),
                Mirror.of(data.deliveryStatus(), DeliveryStatus.class),
                data.errorCode(),
                data.errorMessage(),
                data.segments(),
                data.conversationId(),
                data.authorId(),
                data.recoveredLate(),
                Mirror.of(data.purpose(), Purpose.class),
                data.sendsAt());
    }
}

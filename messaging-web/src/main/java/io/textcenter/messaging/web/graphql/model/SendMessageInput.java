package io.textcenter.messaging.web.graphql.model;

import io.smallrye.graphql.api.Nullable;
import io.textcenter.messaging.outbound.SendRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code SendMessageInput}: into a conversation, or {@code to} a number from {@code lineId}. */
@Input("SendMessageInput")
public record SendMessageInput(
        @Id String conversationId,
        String to,
        @Id String lineId,
        String body,
        @Id String templateId,
        @Nullable List<@NonNull String> imageUrls,

        @Description("Send later: the text is SCHEDULED until then; a time in the past is a validation error")
        OffsetDateTime sendAt) {

    public SendRequest toRequest() {
        return new SendRequest(conversationId, to, lineId, body, templateId, imageUrls, sendAt);
    }
}

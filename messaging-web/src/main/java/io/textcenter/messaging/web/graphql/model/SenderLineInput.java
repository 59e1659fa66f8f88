package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.settings.SenderLineData;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code SenderLineInput}: no id adds a line. */
@Input("SenderLineInput")
public record SenderLineInput(
        @Id String id,
        @NonNull String description,
        @NonNull String phoneNumber,
        @NonNull LineKind kind,
        @DefaultValue("true") Boolean active,
        @DefaultValue("1") Double messagesPerSecond) {

    public SenderLineData toData() {
        return new SenderLineData(
                id,
                description,
                phoneNumber,
                Mirror.of(kind, io.textcenter.messaging.settings.LineKind.class),
                !Boolean.FALSE.equals(active),
                messagesPerSecond == null ? 1 : messagesPerSecond);
    }
}

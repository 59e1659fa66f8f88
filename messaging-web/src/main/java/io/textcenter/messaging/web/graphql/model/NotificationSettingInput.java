package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.notification.NotificationSettingData;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code NotificationSettingInput}. */
@Input("NotificationSettingInput")
public record NotificationSettingInput(
        @NonNull AppointmentStatus status,
        @NonNull Boolean enabled,
        @NonNull String message,

        @Description("Whether its text waits for the customer's texting window (quiet hours); left out: no")
        Boolean keepsQuietHours) {

    public NotificationSettingData toData() {
        return new NotificationSettingData(
                Mirror.of(status, io.textcenter.messaging.api.AppointmentStatus.class),
                Boolean.TRUE.equals(enabled),
                message,
                Boolean.TRUE.equals(keepsQuietHours));
    }
}

package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.notification.NotificationSettingData;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code NotificationSetting}. */
public record NotificationSetting(
        @NonNull AppointmentStatus status,
        boolean enabled,
        @NonNull String message,

        @Description("Whether its text waits for the customer's texting window when the status changes in their quiet"
                + " hours; status notifications go at once by default")
        boolean keepsQuietHours) {

    public static NotificationSetting of(NotificationSettingData data) {
        return new NotificationSetting(
                Mirror.of(data.status(), AppointmentStatus.class),
                data.enabled(),
                data.message(),
                data.keepsQuietHours());
    }
}

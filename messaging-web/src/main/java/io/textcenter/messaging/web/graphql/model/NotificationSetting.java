package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.notification.NotificationSettingData;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code NotificationSetting}. */
public record NotificationSetting(
        @NonNull AppointmentStatus status,
        boolean enabled,
        @NonNull String message) {

    public static NotificationSetting of(NotificationSettingData data) {
        return new NotificationSetting(
                Mirror.of(data.status(), AppointmentStatus.class), data.enabled(), data.message());
    }
}

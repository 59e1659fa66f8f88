package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.api.AppointmentData;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Appointment}; its customer and technician are resolved in batches by the directory API. */
public record Appointment(
        @NonNull @Id String id,
        @NonNull OffsetDateTime start,
        @NonNull AppointmentStatus status,
        String preNotification,
        @NonNull String link,
        @Ignore String customerId,
        @Ignore String technicianId) {

    public static Appointment of(AppointmentData data, String link) {
        return new Appointment(
                data.id(),
                data.start(),
                Mirror.of(data.status(), AppointmentStatus.class),
                data.preNotification(),
                link,
                data.customerId(),
                data.technicianId());
    }
}

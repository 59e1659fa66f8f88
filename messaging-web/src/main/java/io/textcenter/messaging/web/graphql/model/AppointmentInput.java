package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.api.AppointmentData;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code AppointmentInput}: no id books a new appointment. */
@Input("AppointmentInput")
public record AppointmentInput(
        @Id String id,
        @NonNull @Id String customerId,
        @Id String technicianId,
        @NonNull OffsetDateTime start) {

    public AppointmentData toData() {
        return new AppointmentData(id, customerId, technicianId, start, null, null);
    }
}

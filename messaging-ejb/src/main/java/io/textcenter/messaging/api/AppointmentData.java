package io.textcenter.messaging.api;

import java.time.OffsetDateTime;

/**
 * An appointment as the directory knows it.
 *
 * @param id              the directory's id; null for one not saved yet
 * @param technicianId    null while no technician is assigned
 * @param preNotification what the customer said before the visit, e.g. "Confirmed Via SMS"; null when nothing
 */
public record AppointmentData(
        String id,
        String customerId,
        String technicianId,
        OffsetDateTime start,
        AppointmentStatus status,
        String preNotification) {}

package io.textcenter.messaging.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * CDI event a host fires when a technician moves an appointment to another status (Scheduled → In-Route → ...). The
 * module texts the customer after the host's transaction commits, if that status's notification is switched on.
 *
 * @param technicianId the technician who changed it; null when unknown
 * @param at           when it changed
 */
public record TechnicianStatusChanged(
        String appointmentId,
        AppointmentStatus oldStatus,
        AppointmentStatus newStatus,
        String technicianId,
        OffsetDateTime at)
        implements Serializable {}

package io.textcenter.messaging.api;

/** Where a technician's visit stands, as the host's dispatch board moves it. */
public enum AppointmentStatus {
    SCHEDULED,
    DISPATCHED,
    IN_ROUTE,
    ARRIVED,
    IN_PROGRESS,
    COMPLETED,
    CANCELED
}

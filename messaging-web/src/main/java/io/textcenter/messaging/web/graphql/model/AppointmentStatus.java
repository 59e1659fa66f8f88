package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code AppointmentStatus} (see {@link Mirror}). */
public enum AppointmentStatus {
    SCHEDULED,
    DISPATCHED,
    IN_ROUTE,
    ARRIVED,
    IN_PROGRESS,
    COMPLETED,
    CANCELED
}

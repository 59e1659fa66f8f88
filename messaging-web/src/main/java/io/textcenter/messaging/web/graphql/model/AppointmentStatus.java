package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code AppointmentStatus}, mirroring the core's (see {@link LineKind} for why). */
public enum AppointmentStatus {
    SCHEDULED, DISPATCHED, IN_ROUTE, ARRIVED, IN_PROGRESS, COMPLETED, CANCELED;

    public static AppointmentStatus of(io.textcenter.messaging.api.AppointmentStatus status) {
        return valueOf(status.name());
    }

    public io.textcenter.messaging.api.AppointmentStatus toCore() {
        return io.textcenter.messaging.api.AppointmentStatus.valueOf(name());
    }
}

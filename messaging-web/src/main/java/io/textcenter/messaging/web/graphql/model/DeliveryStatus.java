package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code DeliveryStatus} (see {@link Mirror}). */
public enum DeliveryStatus {
    QUEUED,
    SENDING,
    SENT,
    DELIVERED,
    UNDELIVERED,
    FAILED,
    RECEIVED,
    SKIPPED,
    SCHEDULED
}

package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code BulkSendStatus} (see {@link Mirror}). */
public enum BulkSendStatus {
    STARTING,
    STARTED,
    STOPPING,
    STOPPED,
    COMPLETED,
    FAILED,
    ABANDONED
}

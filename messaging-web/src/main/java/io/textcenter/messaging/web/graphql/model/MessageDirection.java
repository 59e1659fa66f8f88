package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code MessageDirection} (see {@link Mirror}). */
public enum MessageDirection {
    INBOUND,
    OUTBOUND,
    INTERNAL
}

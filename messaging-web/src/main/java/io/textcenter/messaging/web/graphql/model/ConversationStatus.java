package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code ConversationStatus} (see {@link Mirror}). */
public enum ConversationStatus {
    NEW,
    CLAIMED,
    RESOLVED
}

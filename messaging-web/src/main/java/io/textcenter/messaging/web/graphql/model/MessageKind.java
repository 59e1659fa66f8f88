package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code MessageKind} (see {@link Mirror}). */
public enum MessageKind {
    TEXT,
    AUTO_RESPONSE,
    NOTIFICATION,
    WHISPER,
    CLAIMED,
    RESOLVED,
    REOPENED,
    OPT_OUT,
    OPT_IN
}

package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code LineKind} (see {@link Mirror}). */
public enum LineKind {
    OUTBOUND_ONLY,
    TWO_WAY
}

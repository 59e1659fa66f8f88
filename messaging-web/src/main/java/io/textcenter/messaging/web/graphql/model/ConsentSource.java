package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code ConsentSource}: how marketing consent was given or taken back. */
public enum ConsentSource {
    VERBAL,
    WRITTEN,
    KEYWORD,
    AGENT,
    STOP
}

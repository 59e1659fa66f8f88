package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code Purpose}: TRANSACTIONAL texts need no more than no opt-out, MARKETING texts marketing consent. */
public enum Purpose {
    TRANSACTIONAL,
    MARKETING
}

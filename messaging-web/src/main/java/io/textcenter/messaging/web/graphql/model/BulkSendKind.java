package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code BulkSendKind} (see {@link Mirror}). */
public enum BulkSendKind {
    CUSTOMERS,
    EMPLOYEES
}

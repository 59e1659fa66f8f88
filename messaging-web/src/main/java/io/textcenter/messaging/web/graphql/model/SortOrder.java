package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code SortOrder}: the order of a conversation's history. */
public enum SortOrder {
    OLDEST_FIRST,
    NEWEST_FIRST
}

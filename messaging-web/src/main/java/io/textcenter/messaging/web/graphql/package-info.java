/**
 * The GraphQL API at /messaging/graphql (SmallRye GraphQL): operations that check the caller's group and delegate to
 * the core, related objects resolved for a whole page at once, the request limits, and the live inbox subscription.
 * Returns the records of {@code graphql.model}, never entities.
 */
package io.textcenter.messaging.web.graphql;

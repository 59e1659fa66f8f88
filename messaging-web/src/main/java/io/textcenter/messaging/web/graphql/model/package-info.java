/**
 * The GraphQL types of the contract (contract/schema.graphql): records, inputs and enums made from the core's views,
 * with the contract's names. No behaviour but the translation to and from the core's types.
 */
package io.textcenter.messaging.web.graphql.model;

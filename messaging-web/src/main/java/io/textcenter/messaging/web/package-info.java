/**
 * The web module, an edge of the core: GraphQL for frontends, Twilio's webhooks, media and health, each translating
 * HTTP to a call of the core and its answer back. No rule of texting lives here, and no state of its own but the live
 * subscriptions. This package holds the JAX-RS application.
 */
package io.textcenter.messaging.web;

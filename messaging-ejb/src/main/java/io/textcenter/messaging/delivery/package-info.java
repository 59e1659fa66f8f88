/**
 * Where a text stands on its way to the carrier and back: its {@link io.textcenter.messaging.delivery.Delivery} (status,
 * attempts, when it is due, why it waits or failed, the carrier's id for it) and the terms it goes on (purpose, quiet
 * hours). Owns the outbox's state machine and its rules (status only moves forward); imports no other domain package.
 * The outbox and the dispatch engine move a delivery; the inbox only reads it.
 */
package io.textcenter.messaging.delivery;

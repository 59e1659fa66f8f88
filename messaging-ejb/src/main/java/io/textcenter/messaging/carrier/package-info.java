/**
 * The port to the carrier ({@link io.textcenter.messaging.carrier.CarrierGateway}) and its adapters: Twilio through its
 * SDK, and the sandbox. Which one is used ({@link io.textcenter.messaging.carrier.Carriers}), the carrier's log as
 * reconciliation reads it, the carrier's errors, what one text may carry (its limits and SMS segments), and the
 * Twilio account's phone numbers made lines. Knows no message rows: the outbox owns what was sent.
 */
package io.textcenter.messaging.carrier;

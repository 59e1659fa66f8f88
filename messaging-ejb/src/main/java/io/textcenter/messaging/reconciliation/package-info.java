/**
 * Reconciliation with the carrier's message log: what Twilio's webhooks missed (a text answered 503 or posted while
 * the server was down; a status callback that never came) is read back from Twilio and stored as the webhook would
 * have stored it. Owns the reading's watermark and the lease that lets one instance of a cluster read at a time; what
 * it reads goes through the inbound service and the delivery reports, never around them.
 */
package io.textcenter.messaging.reconciliation;

/**
 * The outbox: every text is a message row written QUEUED with the action that caused it, then claimed, paced per line,
 * handed to the carrier, recorded, retried with backoff, settled when its outcome is unknown, and moved forward by
 * delivery reports. Owns delivery status; the only package that calls the carrier to send.
 */
package io.textcenter.messaging.outbound;

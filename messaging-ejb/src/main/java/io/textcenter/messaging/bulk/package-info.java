/**
 * Bulk sends: the send and its recipients, idempotent per (send, recipient), its progress by delivery status, stop and
 * restart, and the lease that lets another instance resume a send whose instance stopped. Texts go through the outbox
 * like every other; the Jakarta Batch job (messaging-batch) only reads recipients and hands chunks here.
 */
package io.textcenter.messaging.bulk;

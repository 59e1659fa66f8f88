/**
 * Bulk sends: a send asked for and checked ({@code BulkSendRequests}), run, stopped and restarted ({@code
 * BulkSendService}), its chunks queued idempotently per (send, recipient) ({@code BulkChunks}), its progress by delivery
 * status ({@code BulkProgress}), and the lease that lets another instance resume a send whose instance stopped ({@code
 * BulkLeases}). Texts go through the outbox like every other, and a stop asks the outbox to withdraw them; the Jakarta
 * Batch job (messaging-batch) only reads recipients and hands chunks here.
 */
package io.textcenter.messaging.bulk;

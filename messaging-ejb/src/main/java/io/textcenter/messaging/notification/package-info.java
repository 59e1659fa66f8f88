/**
 * Texts caused by the field: status-change notifications (each status switched on or off, with its template),
 * Dispatch Now and texts to employees. Queues them through the outbox, at most once per appointment and status.
 */
package io.textcenter.messaging.notification;

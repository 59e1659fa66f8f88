/**
 * The outbox: every text is a message row written QUEUED (or SCHEDULED) with the action that caused it ({@link
 * io.textcenter.messaging.outbound.Outbox}, {@link io.textcenter.messaging.outbound.SendService}), taken back while it
 * waits, moved forward by the carrier's delivery reports, and counted for operators. Writes and moves a text's
 * {@link io.textcenter.messaging.delivery.Delivery}; sending is the dispatch engine's.
 */
package io.textcenter.messaging.outbound;

/**
 * What happens to a received text, in one transaction (shared with the texts that arrive with it): stored once by its
 * MessageSid in its conversation, consent keywords applied, automatic answers queued; and the sandbox phone that
 * receives texts the same way. Sends nothing itself: answers go through the outbox.
 */
package io.textcenter.messaging.inbound;

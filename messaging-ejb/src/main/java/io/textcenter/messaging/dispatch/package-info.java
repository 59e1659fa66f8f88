/**
 * The dispatch engine: takes the outbox's due texts line by line, paces them to each line's rate in send slots kept
 * for the whole cluster, hands them to the carrier side by side, records what the carrier took, retries refusals with
 * backoff, and settles texts whose outcome is unknown (the sweep). The only package that calls the carrier to send;
 * what to send is the outbox's.
 */
package io.textcenter.messaging.dispatch;

package io.textcenter.messaging.outbound;

/** CDI event: a message was written to the outbox; the dispatcher sends it once the transaction commits. */
public record MessageQueued(long messageId, long lineId) {}

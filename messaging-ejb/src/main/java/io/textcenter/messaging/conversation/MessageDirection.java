package io.textcenter.messaging.conversation;

/** INTERNAL messages (whispers, claim/resolve events) are never sent. */
public enum MessageDirection {
    INBOUND,
    OUTBOUND,
    INTERNAL
}

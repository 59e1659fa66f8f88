package io.textcenter.messaging.conversation;

/** Where a conversation stands in the shared inbox (shown red, blue, green). */
public enum ConversationStatus {
    NEW,
    CLAIMED,
    RESOLVED
}

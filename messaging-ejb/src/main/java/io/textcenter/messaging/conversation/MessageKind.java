package io.textcenter.messaging.conversation;

/** What a message is, as the inbox shows it. */
public enum MessageKind {
    TEXT,
    AUTO_RESPONSE,
    NOTIFICATION,
    WHISPER,
    CLAIMED,
    RESOLVED,
    REOPENED,
    OPT_OUT,
    OPT_IN
}

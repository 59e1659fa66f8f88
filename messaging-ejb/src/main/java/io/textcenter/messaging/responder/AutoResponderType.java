package io.textcenter.messaging.responder;

/** When an auto-responder answers a received text. */
public enum AutoResponderType {
    /** The whole text is the keyword (trimmed, any case, trailing punctuation ignored). */
    KEYWORD,
    /** A keyword reply that also marks the sender's next appointment "Confirmed Via SMS" and ties the conversation to it. */
    APPOINTMENT_CONFIRMATION,
    /** Any text received outside the schedule's hours. */
    AFTER_HOURS,
    /** Any text received inside the schedule's hours. */
    DURING_HOURS,
    /** The first text of a new conversation. */
    FIRST_MESSAGE;

    boolean isKeyword() {
        return this == KEYWORD || this == APPOINTMENT_CONFIRMATION;
    }

    boolean needsSchedule() {
        return this == AFTER_HOURS || this == DURING_HOURS;
    }
}

package io.textcenter.messaging.settings;

/** What a sending number is for. */
public enum LineKind {
    /** Basic Text Messaging: notifications go out, replies get a "not monitored" answer. */
    OUTBOUND_ONLY,
    /** Advanced Text Messaging: a Twilio number whose replies land in the Text Messaging Center. */
    TWO_WAY
}

package io.textcenter.messaging.web.security;

/** The JWT {@code groups} the module knows. An Administrator may do everything. */
public final class Group {

    /** Works in the Text Messaging Center: conversations, messages, sending, bulk sends. */
    public static final String TEXT_MESSAGING = "TextMessaging";

    /** Everything, including lines, Twilio settings, templates, responders, notifications and directory writes. */
    public static final String ADMINISTRATOR = "Administrator";

    private Group() {}
}

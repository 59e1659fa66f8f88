package io.textcenter.messaging.web.graphql.model;

/** GraphQL {@code AutoResponderType} (see {@link Mirror}). */
public enum AutoResponderType {
    KEYWORD,
    APPOINTMENT_CONFIRMATION,
    AFTER_HOURS,
    DURING_HOURS,
    FIRST_MESSAGE
}

package io.textcenter.messaging.validation;

import io.textcenter.messaging.api.ValidationException;

/** Checks on free text typed by people: trimmed, present when required, no longer than its column. */
public final class Text {

    private Text() {}

    /** The trimmed text; missing, blank or too long is a validation error naming {@code field}. */
    public static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new ValidationException(field, "must not be empty");
        }
        return text;
    }

    /** The trimmed text, or null when blank; too long is a validation error naming {@code field}. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new ValidationException(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }
}

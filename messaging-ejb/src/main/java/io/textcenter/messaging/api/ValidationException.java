package io.textcenter.messaging.api;

import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a rule. The message names the offending field first ("mobile: ..."), so a caller can point at it.
 * Shown to GraphQL callers with {@code extensions.code = "validation"}.
 */
@ApplicationException(rollback = true)
public class ValidationException extends RuntimeException {

    private final String field;

    public ValidationException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

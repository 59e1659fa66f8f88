package io.textcenter.messaging.api;

import jakarta.ejb.ApplicationException;

/** The caller may not do this. Shown to GraphQL callers with {@code extensions.code = "forbidden"}. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String reason) {
        super(reason);
    }
}

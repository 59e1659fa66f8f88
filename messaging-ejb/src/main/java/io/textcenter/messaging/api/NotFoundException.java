package io.textcenter.messaging.api;

import jakarta.ejb.ApplicationException;

/** An id that names nothing. Shown to GraphQL callers with {@code extensions.code = "not-found"}. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}

package io.textcenter.messaging.api;

import jakarta.ejb.ApplicationException;

/**
 * The action clashes with what someone else did (e.g. claiming a conversation another employee holds). Shown to
 * GraphQL callers with {@code extensions.code = "conflict"}.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String reason) {
        super(reason);
    }
}

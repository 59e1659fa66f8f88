package io.textcenter.messaging.api;

import jakarta.ejb.ApplicationException;

/**
 * The caller already holds as much of something as one employee may (live subscriptions, say); nothing was done.
 * Shown to GraphQL callers with {@code extensions.code = "limit-exceeded"}.
 */
@ApplicationException(rollback = true)
public class LimitExceededException extends RuntimeException {

    public LimitExceededException(String reason) {
        super(reason);
    }
}

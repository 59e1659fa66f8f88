package io.textcenter.messaging.api;

import jakarta.ejb.ApplicationException;

/**
 * The carrier (Twilio) could not do what was asked: unreachable, or it refused. Nothing was changed. Shown to GraphQL
 * callers with {@code extensions.code = "carrier-unavailable"} and the carrier's answer.
 */
@ApplicationException(rollback = true)
public class CarrierUnavailableException extends RuntimeException {

    public CarrierUnavailableException(String reason) {
        super(reason);
    }
}

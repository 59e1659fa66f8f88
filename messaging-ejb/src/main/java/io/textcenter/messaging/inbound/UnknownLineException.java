package io.textcenter.messaging.inbound;

import jakarta.ejb.ApplicationException;

/** A text arrived for a number that is none of the company's lines. */
@ApplicationException(rollback = true)
public class UnknownLineException extends RuntimeException {

    public UnknownLineException(String number) {
        super(number + " is not one of the company's lines");
    }
}

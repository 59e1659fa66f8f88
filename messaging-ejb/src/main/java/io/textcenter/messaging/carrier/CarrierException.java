package io.textcenter.messaging.carrier;

/**
 * The carrier did not take a text. {@code retryable}: it may take it later (429, 5xx, timeouts, I/O errors); otherwise
 * it never will, and {@code code} is the carrier's error code (e.g. Twilio's 21211 for an invalid number).
 */
public class CarrierException extends Exception {

    private final boolean retryable;
    private final String code;

    public CarrierException(boolean retryable, String code, String message, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.code = code;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The carrier's error code, or null when it gave none (e.g. the connection failed). */
    public String code() {
        return code;
    }
}

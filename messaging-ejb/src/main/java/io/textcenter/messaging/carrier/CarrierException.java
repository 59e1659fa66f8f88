package io.textcenter.messaging.carrier;

/**
 * The carrier did not take a text, or did not say whether it did. {@code retryable}: it may take it later (429, 5xx, the
 * connection could not be opened); otherwise it never will, and {@code code} is the carrier's error code (e.g. Twilio's
 * 21211 for an invalid number). {@code outcomeUnknown}: the request went out but no answer came back (a timeout, a
 * connection dropped mid-call), so the carrier may have taken the text.
 */
public class CarrierException extends Exception {

    private final boolean retryable;
    private final boolean outcomeUnknown;
    private final String code;

    public CarrierException(boolean retryable, String code, String message, Throwable cause) {
        this(retryable, false, code, message, cause);
    }

    private CarrierException(boolean retryable, boolean outcomeUnknown, String code, String message, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.outcomeUnknown = outcomeUnknown;
        this.code = code;
    }

    /** The request went out and no answer came back. */
    public static CarrierException unanswered(String message, Throwable cause) {
        return new CarrierException(false, true, null, message, cause);
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The carrier's error code, or null when it gave none (e.g. the connection failed). */
    public String code() {
        return code;
    }
}

package io.textcenter.messaging.carrier;

/** Where texts go: Twilio, the sandbox (nothing leaves the server), or nowhere yet (they wait in the outbox). */
public enum CarrierState {
    TWILIO,
    SANDBOX,
    NOT_CONFIGURED
}

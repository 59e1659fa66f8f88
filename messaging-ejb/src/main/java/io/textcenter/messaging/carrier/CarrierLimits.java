package io.textcenter.messaging.carrier;

/**
 * What one text may carry, as Twilio's Messaging API accepts and delivers it: the module holds every text it sends or
 * receives to these, so nothing is accepted that the carrier would refuse.
 */
public final class CarrierLimits {

    /** Characters in one text's body; Twilio splits a longer one into segments up to this length. */
    public static final int MAX_BODY_CHARACTERS = 1600;
    /** Media (MMS attachments) in one text. */
    public static final int MAX_MEDIA = 10;

    private CarrierLimits() {}
}

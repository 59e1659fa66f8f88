package io.textcenter.messaging.carrier;

/**
 * A phone number of the company's Twilio account as the Sender lines page offers it: the line it is (null when none),
 * and whether Twilio posts its texts to this module's webhook.
 */
public record AccountNumber(TwilioPhoneNumber number, String lineId, boolean connected) {}

package io.textcenter.messaging.carrier;

/**
 * A status report on a text the carrier took ("queued", "sent", "delivered"…, Twilio's words), as Twilio's status
 * callback makes one. The sandbox carrier fires them as CDI events, so that they take the same path as Twilio's.
 */
public record CarrierReport(String carrierSid, String status, String errorCode) {}

package io.textcenter.messaging.carrier;

/**
 * One phone number of the company's Twilio account (an IncomingPhoneNumber): its PN… sid, the number in E.164, the
 * name it has in Twilio's console, and where Twilio posts the texts it receives (null when nowhere).
 */
public record TwilioPhoneNumber(String sid, String phoneNumber, String friendlyName, String smsUrl) {}

package io.textcenter.messaging.settings;

/** The Twilio account as callers may see it: whether a token is set, never the token. */
public record TwilioSettingsView(String accountSid, boolean authTokenSet, String publicBaseUrl) {}

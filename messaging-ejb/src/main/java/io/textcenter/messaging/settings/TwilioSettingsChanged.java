package io.textcenter.messaging.settings;

/** Fired when an administrator saves the Twilio settings, for whoever keeps them at hand. */
public record TwilioSettingsChanged() {}

package io.textcenter.messaging.consent;

/** Fired when an administrator saves the marketing sign-up, for whoever keeps it at hand. */
public record MarketingSignUpChanged() {}

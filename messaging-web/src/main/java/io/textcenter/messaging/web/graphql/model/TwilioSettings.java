package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.settings.TwilioSettingsView;

/** GraphQL {@code TwilioSettings}: whether a token is set, never the token. */
public record TwilioSettings(String accountSid, boolean authTokenSet, String publicBaseUrl) {

    public static TwilioSettings of(TwilioSettingsView view) {
        return new TwilioSettings(view.accountSid(), view.authTokenSet(), view.publicBaseUrl());
    }
}

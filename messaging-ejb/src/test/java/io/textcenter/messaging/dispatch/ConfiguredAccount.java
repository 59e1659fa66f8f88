package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.settings.TwilioCredentials;
import io.textcenter.messaging.settings.TwilioSettingsService;
import java.util.Optional;

/** A Twilio account saved, and no public address for status callbacks. */
final class ConfiguredAccount extends TwilioSettingsService {

    @Override
    public Optional<TwilioCredentials> credentials() {
        return Optional.of(new TwilioCredentials("AC0123456789abcdef0123456789abcdef", "secret"));
    }

    @Override
    public Optional<String> publicBaseUrl() {
        return Optional.empty();
    }
}

package io.textcenter.messaging.carrier;

import io.textcenter.messaging.settings.TwilioCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The carrier to send through now: Twilio with the configured account, or the sandbox while none is configured.
 * The Twilio client (and its connection pool) is kept until the account changes.
 */
@ApplicationScoped
public class Carriers {

    private static final String TWILIO_API = "https://api.twilio.com";
    private static final CarrierGateway SANDBOX = new SandboxGateway();

    @Inject
    @ConfigProperty(name = "messaging.twilio.api-base-url")
    String apiBaseUrl;

    @Inject
    @ConfigProperty(name = "messaging.twilio.response-timeout")
    Duration responseTimeout;

    private TwilioCredentials credentialsInUse;
    private CarrierGateway twilio;

    public synchronized CarrierGateway forAccount(Optional<TwilioCredentials> credentials) {
        if (credentials.isEmpty()) {
            return SANDBOX;
        }
        if (!Objects.equals(credentials.get(), credentialsInUse)) {
            String baseUrl = TWILIO_API.equals(apiBaseUrl) ? null : apiBaseUrl;
            twilio = new TwilioGateway(credentials.get().accountSid(), credentials.get().authToken(), baseUrl, responseTimeout);
            credentialsInUse = credentials.get();
        }
        return twilio;
    }
}

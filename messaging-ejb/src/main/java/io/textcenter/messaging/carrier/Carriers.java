package io.textcenter.messaging.carrier;

import io.textcenter.messaging.settings.TwilioCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The carrier to send through now: the sandbox when {@code messaging.carrier.sandbox} asks for it (nothing leaves the
 * server), else Twilio with the configured account, else none: texts then wait in the outbox, saying why. The Twilio
 * client (and its connection pool) is kept until the account changes.
 */
@ApplicationScoped
public class Carriers {

    /** The reason texts wait while there is no carrier to send them. */
    public static final String NOT_CONFIGURED = "CARRIER_NOT_CONFIGURED";

    static final String TWILIO_API = "https://api.twilio.com";
    private static final CarrierGateway SANDBOX = new SandboxGateway();

    @Inject
    @ConfigProperty(name = "messaging.twilio.api-base-url")
    String apiBaseUrl;

    @Inject
    @ConfigProperty(name = "messaging.twilio.response-timeout")
    Duration responseTimeout;

    @Inject
    @ConfigProperty(name = "messaging.carrier.sandbox")
    boolean sandbox;

    private TwilioCredentials credentialsInUse;
    private CarrierGateway twilio;

    /** The carrier for this account; empty when there is none (no account, and the sandbox was not asked for). */
    public synchronized Optional<CarrierGateway> forAccount(Optional<TwilioCredentials> credentials) {
        if (sandbox) {
            return Optional.of(SANDBOX);
        }
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        if (!Objects.equals(credentials.get(), credentialsInUse)) {
            String baseUrl = TWILIO_API.equals(apiBaseUrl) ? null : apiBaseUrl;
            twilio = new TwilioGateway(credentials.get().accountSid(), credentials.get().authToken(), baseUrl, responseTimeout);
            credentialsInUse = credentials.get();
        }
        return Optional.of(twilio);
    }

    /** Which carrier texts go to with this account, as health checks and operators name it. */
    public CarrierState state(Optional<TwilioCredentials> credentials) {
        if (sandbox) {
            return CarrierState.SANDBOX;
        }
        return credentials.isPresent() ? CarrierState.TWILIO : CarrierState.NOT_CONFIGURED;
    }
}

package io.textcenter.messaging.carrier;

import com.twilio.http.TwilioRestClient;
import io.textcenter.messaging.settings.TwilioCredentials;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    private static final Logger LOG = Logger.getLogger(Carriers.class.getName());

    @Inject
    @ConfigProperty(name = "messaging.twilio.api-base-url")
    String apiBaseUrl;

    @Inject
    @ConfigProperty(name = "messaging.twilio.response-timeout")
    Duration responseTimeout;

    @Inject
    @ConfigProperty(name = "messaging.outbox.parallel-sends")
    int parallelSends;

    @Inject
    @ConfigProperty(name = "messaging.carrier.sandbox")
    boolean sandbox;

    @Inject
    Event<CarrierReport> reports;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The Twilio gateway of one account. */
    private record AccountGateway(TwilioCredentials credentials, CarrierGateway gateway) {}

    /** Read by every send without a lock; replaced, under the lock, when the account changes. */
    private volatile AccountGateway twilio;

    private CarrierGateway sandboxGateway;

    /** The carrier for this account; empty when there is none (no account, and the sandbox was not asked for). */
    public Optional<CarrierGateway> forAccount(Optional<TwilioCredentials> credentials) {
        if (sandbox) {
            return Optional.of(sandboxGateway());
        }
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        AccountGateway inUse = twilio;
        if (inUse == null || !inUse.credentials().equals(credentials.get())) {
            inUse = twilioFor(credentials.get());
        }
        return Optional.of(inUse.gateway());
    }

    private synchronized CarrierGateway sandboxGateway() {
        if (sandboxGateway == null) {
            sandboxGateway = new SandboxGateway(this::reportLater);
        }
        return sandboxGateway;
    }

    private synchronized AccountGateway twilioFor(TwilioCredentials credentials) {
        if (twilio == null || !twilio.credentials().equals(credentials)) {
            twilio = new AccountGateway(credentials, new TwilioGateway(clientFor(credentials), apiBaseUrl));
        }
        return twilio;
    }

    /** The phone numbers of this Twilio account (Twilio's own: the sandbox has none to read or configure). */
    public TwilioNumbers numbersOf(TwilioCredentials credentials) {
        return new TwilioNumbers(clientFor(credentials));
    }

    private TwilioRestClient clientFor(TwilioCredentials credentials) {
        String otherHost = TWILIO_API.equals(apiBaseUrl) ? null : apiBaseUrl;
        return new TwilioRestClient.Builder(credentials.accountSid(), credentials.authToken())
                .httpClient(new SingleAttemptHttpClient(otherHost, responseTimeout, parallelSends))
                .build();
    }

    /** The sandbox's status reports take the path Twilio's callbacks take, a moment after the text was taken. */
    private void reportLater(CarrierReport report, Duration after) {
        scheduler.schedule(
                () -> {
                    try {
                        reports.fire(report);
                    } catch (RuntimeException lost) {
                        LOG.log(
                                Level.WARNING,
                                "Sandbox status report " + report.status() + " for " + report.carrierSid()
                                        + " not applied",
                                lost);
                    }
                },
                after.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Which carrier texts go to with this account, as health checks and operators name it. */
    public CarrierState state(Optional<TwilioCredentials> credentials) {
        if (sandbox) {
            return CarrierState.SANDBOX;
        }
        return credentials.isPresent() ? CarrierState.TWILIO : CarrierState.NOT_CONFIGURED;
    }
}

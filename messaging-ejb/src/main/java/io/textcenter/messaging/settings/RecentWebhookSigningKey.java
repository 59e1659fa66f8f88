package io.textcenter.messaging.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * The webhook signing key as read a moment ago. Every webhook needs it before anything else, and reading the settings
 * row each time cost a transaction of its own per text. Saving the settings on this instance takes effect at once;
 * saved on another instance of a cluster, within {@code messaging.twilio.settings-cache}.
 */
@ApplicationScoped
public class RecentWebhookSigningKey {

    @Inject
    TwilioSettingsService settings;

    @Inject
    @ConfigProperty(name = "messaging.twilio.settings-cache")
    Duration keptFor;

    private volatile Reading last;

    public Optional<WebhookSigningKey> get() {
        Reading reading = last;
        long now = System.nanoTime();
        if (reading == null || now - reading.atNanos() > keptFor.toNanos()) {
            reading = new Reading(settings.webhookSigningKey(), now);
            last = reading;
        }
        return reading.key();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) TwilioSettingsChanged changed) {
        last = null;
    }

    private record Reading(Optional<WebhookSigningKey> key, long atNanos) {
    }
}

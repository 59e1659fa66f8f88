package io.textcenter.messaging.settings;

import io.textcenter.messaging.persistence.RecentReads;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhook signing key as read a moment ago ({@link RecentReads}): every webhook needs it before anything else,
 * and reading the settings row each time cost a transaction of its own per text.
 */
@ApplicationScoped
public class RecentWebhookSigningKey {

    private static final String THE_KEY = "webhook signing key";

    @Inject
    TwilioSettingsService settings;

    @Inject
    @ConfigProperty(name = "messaging.webhook.settings-cache")
    Duration keptFor;

    private RecentReads<String, WebhookSigningKey> reads;

    @PostConstruct
    void start() {
        reads = new RecentReads<>(keptFor, any -> settings.webhookSigningKey().orElse(null));
    }

    public Optional<WebhookSigningKey> get() {
        return reads.get(THE_KEY);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) TwilioSettingsChanged changed) {
        reads.forgetAll();
    }
}

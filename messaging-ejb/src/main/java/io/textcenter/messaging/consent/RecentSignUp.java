package io.textcenter.messaging.consent;

import io.textcenter.messaging.persistence.RecentReads;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The marketing sign-up as read a moment ago ({@link RecentReads}): every received text is compared with its keyword. */
@ApplicationScoped
public class RecentSignUp {

    private static final String THE_SIGN_UP = "sign-up";

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "messaging.webhook.settings-cache")
    Duration keptFor;

    private RecentReads<String, MarketingSignUpData> reads;

    @PostConstruct
    void start() {
        reads = new RecentReads<>(
                keptFor,
                any -> em.find(MarketingSignUp.class, MarketingSignUp.THE_ROW).toData());
    }

    public MarketingSignUpData get() {
        return reads.get(THE_SIGN_UP).orElseThrow();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) MarketingSignUpChanged changed) {
        reads.forgetAll();
    }
}

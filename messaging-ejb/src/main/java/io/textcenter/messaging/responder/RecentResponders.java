package io.textcenter.messaging.responder;

import io.textcenter.messaging.persistence.RecentReads;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The auto-responders as read a moment ago ({@link RecentReads}): every received text is checked against them all. */
@ApplicationScoped
public class RecentResponders {

    private static final String ALL = "all";

    @Inject
    AutoResponderService responders;

    @Inject
    @ConfigProperty(name = "messaging.webhook.settings-cache")
    Duration keptFor;

    private RecentReads<String, List<AutoResponderData>> reads;

    @PostConstruct
    void start() {
        reads = new RecentReads<>(keptFor, any -> responders.all());
    }

    public List<AutoResponderData> all() {
        return reads.get(ALL).orElseThrow();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AutoRespondersChanged changed) {
        reads.forgetAll();
    }
}

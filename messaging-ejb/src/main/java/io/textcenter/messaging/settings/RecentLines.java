package io.textcenter.messaging.settings;

import io.textcenter.messaging.persistence.RecentReads;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** The line each number belongs to as read a moment ago ({@link RecentReads}): every received text needs its line. */
@ApplicationScoped
public class RecentLines {

    @Inject
    SenderLineService lines;

    @Inject
    @ConfigProperty(name = "messaging.webhook.settings-cache")
    Duration keptFor;

    private RecentReads<String, SenderLineData> byNumber;

    @PostConstruct
    void start() {
        byNumber = new RecentReads<>(keptFor, number -> lines.withNumber(number).orElse(null));
    }

    /** The line that owns this E.164 number, e.g. the "To" of a received text. */
    public Optional<SenderLineData> withNumber(String phoneNumber) {
        return byNumber.get(phoneNumber);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) SenderLinesChanged changed) {
        byNumber.forgetAll();
    }
}

package io.textcenter.messaging.settings;

import io.textcenter.messaging.persistence.RecentReads;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lines as read a moment ago ({@link RecentReads}): every received text needs the line its number belongs to, and
 * every inbox page the lines of its conversations.
 */
@ApplicationScoped
public class RecentLines {

    private static final String EVERY_LINE = "every line";

    @Inject
    SenderLineService lines;

    @Inject
    @ConfigProperty(name = "messaging.webhook.settings-cache")
    Duration keptFor;

    private RecentReads<String, SenderLineData> byNumber;

    private RecentReads<String, Map<String, SenderLineData>> byId;

    @PostConstruct
    void start() {
        byNumber = new RecentReads<>(keptFor, number -> lines.withNumber(number).orElse(null));
        byId = new RecentReads<>(
                keptFor,
                every -> lines.all().stream()
                        .collect(Collectors.toUnmodifiableMap(SenderLineData::id, Function.identity())));
    }

    /** The line that owns this E.164 number, e.g. the "To" of a received text. */
    public Optional<SenderLineData> withNumber(String phoneNumber) {
        return byNumber.get(phoneNumber);
    }

    /**
     * Every line by id, read again when one of these ids is missing: a conversation on a line created a moment ago on
     * another instance of a cluster shows its line at once.
     */
    public Map<String, SenderLineData> byId(Collection<String> lineIds) {
        Map<String, SenderLineData> lines = byId.get(EVERY_LINE).orElseThrow();
        if (lines.keySet().containsAll(lineIds)) {
            return lines;
        }
        byId.forgetAll();
        return byId.get(EVERY_LINE).orElseThrow();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) SenderLinesChanged changed) {
        byNumber.forgetAll();
        byId.forgetAll();
    }
}

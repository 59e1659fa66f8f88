package io.textcenter.messaging.reconciliation;

import io.textcenter.messaging.carrier.CarrierException;
import io.textcenter.messaging.carrier.CarrierGateway;
import io.textcenter.messaging.carrier.CarrierState;
import io.textcenter.messaging.carrier.Carriers;
import io.textcenter.messaging.carrier.LoggedText;
import io.textcenter.messaging.conversation.MediaItem;
import io.textcenter.messaging.dispatch.Backoff;
import io.textcenter.messaging.inbound.InboundService;
import io.textcenter.messaging.inbound.InboundText;
import io.textcenter.messaging.outbound.DeliveryReports;
import io.textcenter.messaging.runtime.KeepsRunning;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.settings.TwilioCredentials;
import io.textcenter.messaging.settings.TwilioSettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Every {@code messaging.twilio.reconcile-interval}, on one instance of a cluster (the first whose turn comes after the
 * last reader's lease ran out, for nine tenths of an interval), reads Twilio's message log
 * for what its webhooks missed. Received texts the module lacks are stored as their webhook would have stored them;
 * automatic answers go only to those younger than {@code messaging.twilio.recovered-answer-within}. Sent texts whose
 * callbacks have not settled them after {@code messaging.twilio.status-settle-after} take their status from the log.
 * The log is read from where the last complete reading ended, with an overlap; Twilio's errors and 429s make the
 * instance pause for longer after each failure.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@KeepsRunning
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());
    /** Texts Twilio lists a little after their time (clocks, its own indexing) are still read. */
    private static final Duration OVERLAP = Duration.ofMinutes(10);

    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    /** Status reads per run: a bulk send's texts are settled over a few runs rather than in one burst of calls. */
    private static final int STATUS_READS_PER_RUN = 500;

    private static final int SIDS_PER_QUERY = 500;
    private static final String RECOVERED_TEXTS = "reconciliation_recovered_texts";
    private static final String RECOVERED_STATUSES = "reconciliation_recovered_statuses";
    private static final String ERRORS = "reconciliation_errors";

    @Resource
    TimerService timers;

    @Inject
    ReconciliationLease lease;

    @Inject
    InboundService inbound;

    @Inject
    DeliveryReports reports;

    @Inject
    Carriers carriers;

    @Inject
    TwilioSettingsService twilio;

    @Inject
    SenderLineService lines;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "messaging.twilio.reconcile-interval")
    Duration interval;

    @Inject
    @ConfigProperty(name = "messaging.twilio.status-settle-after")
    Duration statusSettleAfter;

    @Inject
    @ConfigProperty(name = "messaging.twilio.recovered-answer-within")
    Duration answerWithin;

    private final String instance = UUID.randomUUID().toString();

    @Inject
    Clock clock;

    private int failuresInARow;
    private Instant pausedUntil = Instant.MIN;

    @PostConstruct
    void schedule() {
        List.of(RECOVERED_TEXTS, RECOVERED_STATUSES, ERRORS).forEach(metrics::counter);
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    void run() {
        Instant started = clock.instant();
        Optional<TwilioCredentials> account = twilio.credentials();
        if (started.isBefore(pausedUntil) || carriers.state(account) != CarrierState.TWILIO) {
            return;
        }
        CarrierGateway carrier = carriers.forAccount(account).orElseThrow();
        Optional<ReconciliationLease.Held> held =
                lease.acquire(instance, started, started.plus(interval.minus(interval.dividedBy(10))));
        if (held.isEmpty()) {
            return;
        }
        try {
            Instant since = held.get().readUpTo() == null ? started : held.get().readUpTo();
            recoverTexts(carrier, since.minus(OVERLAP), started);
            settleStatuses(carrier, started);
            lease.readUpTo(instance, started);
            failuresInARow = 0;
        } catch (CarrierException | RuntimeException failed) {
            failuresInARow++;
            Duration pause =
                    new Backoff(interval, LONGEST_PAUSE, ThreadLocalRandom.current()::nextDouble).after(failuresInARow);
            pausedUntil = clock.instant().plus(pause);
            metrics.counter(ERRORS).inc();
            LOG.log(
                    Level.WARNING,
                    "Reading Twilio's message log failed; the next reading is in " + pause.toSeconds()
                            + " s at the earliest, from where the last complete one ended: " + failed.getMessage(),
                    failed);
        }
    }

    private void recoverTexts(CarrierGateway carrier, Instant since, Instant now) throws CarrierException {
        for (SenderLineData line : lines.all()) {
            List<LoggedText> logged = carrier.receivedSince(line.phoneNumber(), since);
            for (int from = 0; from < logged.size(); from += SIDS_PER_QUERY) {
                List<LoggedText> some = logged.subList(from, Math.min(logged.size(), from + SIDS_PER_QUERY));
                Set<String> known = inbound.alreadyReceived(
                        some.stream().map(LoggedText::carrierSid).toList());
                some.stream().filter(text -> !known.contains(text.carrierSid())).forEach(text -> recover(text, now));
            }
        }
    }

    /** A text that cannot be stored is left for the next reading; the others go on. */
    private void recover(LoggedText text, Instant now) {
        boolean recent = Duration.between(text.receivedAt(), now).compareTo(answerWithin) <= 0;
        List<MediaItem> media = text.media().stream()
                .map(item -> new MediaItem(item.url(), item.contentType()))
                .toList();
        try {
            if (inbound.recover(
                            new InboundText(text.carrierSid(), text.from(), text.to(), text.body(), media),
                            text.receivedAt().atOffset(ZoneOffset.UTC),
                            recent)
                    .isPresent()) {
                metrics.counter(RECOVERED_TEXTS).inc();
                LOG.info(() -> "Recovered text " + text.carrierSid() + " from Twilio's message log"
                        + (recent ? "" : " (too late for automatic answers)"));
            }
        } catch (RuntimeException notStored) {
            if (!inbound.alreadyReceived(text.carrierSid())) { // else its webhook came meanwhile
                metrics.counter(ERRORS).inc();
                LOG.log(
                        Level.WARNING,
                        "Text " + text.carrierSid()
                                + " from Twilio's message log could not be stored; the next reading tries again",
                        notStored);
            }
        }
    }

    private void settleStatuses(CarrierGateway carrier, Instant now) throws CarrierException {
        for (String sid : reports.unsettledSentBefore(
                now.minus(statusSettleAfter).atOffset(ZoneOffset.UTC), STATUS_READS_PER_RUN)) {
            if (reports.settleFromLog(sid, carrier.statusOf(sid))) {
                metrics.counter(RECOVERED_STATUSES).inc();
            }
        }
    }
}

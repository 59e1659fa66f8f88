package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.carrier.CarrierException;
import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.ConversationChanged;
import io.textcenter.messaging.conversation.Message;
import io.textcenter.messaging.delivery.DeliveryStatus;
import io.textcenter.messaging.outbound.DeliveryReports;
import io.textcenter.messaging.outbound.OutboxMetrics;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.settings.SenderLineService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What became of the texts handed to the carrier, each record in a transaction of its own: taken (SENT, with the status
 * reports that came first), refused (retried with backoff, or FAILED), or of unknown outcome, settled from the
 * carrier's log without ever sending a text twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxSettlement {

    private static final Logger LOG = Logger.getLogger(OutboxSettlement.class.getName());
    /** The carrier's code for a number that opted out with it: the module records the opt-out too. */
    static final String CARRIER_OPTED_OUT = "21610";

    static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";
    static final String RETRIES_EXHAUSTED = "RETRIES_EXHAUSTED";

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SenderLineService lines;

    @Inject
    ConsentService consent;

    @Inject
    Event<ConversationChanged> changed;

    @Inject
    DeliveryReports reports;

    @Inject
    OutboxMetrics metrics;

    @Inject
    SendJobs sendJobs;

    @Inject
    @ConfigProperty(name = "messaging.outbox.max-attempts")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "messaging.outbox.first-retry-delay")
    Duration firstRetryDelay;

    @Inject
    @ConfigProperty(name = "messaging.outbox.max-retry-delay")
    Duration maxRetryDelay;

    /**
     * Texts the carrier took, recorded together: their messages are read with one query and written in one batch, and
     * the status reports that came before these records are applied.
     */
    public void sent(List<TakenByCarrier> taken) {
        Map<Long, String> sidById =
                taken.stream().collect(Collectors.toMap(TakenByCarrier::messageId, TakenByCarrier::carrierSid));
        List<Message> messages = em.createQuery("SELECT m FROM Message m WHERE m.id IN :ids", Message.class)
                .setParameter("ids", sidById.keySet())
                .getResultList();
        OffsetDateTime now = now();
        messages.forEach(message -> message.delivery().sent(sidById.get(message.id()), now));
        reports.applyWaiting(messages);
        messages.forEach(message -> metrics.sent(message.lineId()));
        messages.stream()
                .map(Message::conversationId)
                .distinct()
                .forEach(conversation -> changed.fire(new ConversationChanged(conversation)));
    }

    /**
     * Records a refused send: retried later with backoff while attempts remain, else failed with the reason. A call
     * that got no answer is not retried blindly (a text sent twice cannot be taken back): it stays SENDING until
     * {@link #settle} learns from the carrier whether it took the text.
     */
    public void refused(SendJob job, CarrierException refusal) {
        Message message = em.find(Message.class, job.messageId());
        changed.fire(new ConversationChanged(message.conversationId()));
        if (refusal.outcomeUnknown()) {
            message.delivery()
                    .awaitOutcome(refusal.getMessage() + "; the carrier's log will tell whether it took the text");
            return;
        }
        if (refusal.retryable()) {
            retryOrGiveUp(message, job.attempt(), refusal.code(), refusal.getMessage());
            return;
        }
        message.delivery().fail(refusal.code(), refusal.getMessage());
        metrics.failed(message.lineId(), refusal.code());
        if (CARRIER_OPTED_OUT.equals(refusal.code())) {
            consent.optOut(job.text().to(), "carrier error " + CARRIER_OPTED_OUT);
        }
    }

    /**
     * Back to the outbox with backoff while attempts remain, else failed: after {@code attempt} tries, none took.
     * {@code code} is the carrier's error code, if it gave one.
     */
    private void retryOrGiveUp(Message message, int attempt, String code, String reason) {
        if (attempt < maxAttempts) {
            Duration delay =
                    new Backoff(firstRetryDelay, maxRetryDelay, ThreadLocalRandom.current()::nextDouble).after(attempt);
            message.delivery().retryAt(now().plus(delay), reason);
            metrics.retried(message.lineId(), code);
        } else {
            message.delivery().fail(RETRIES_EXHAUSTED, reason);
            metrics.failed(message.lineId(), RETRIES_EXHAUSTED);
        }
    }

    /**
     * Messages whose send outcome is unknown: left SENDING longer than a carrier call can take (the call got no answer,
     * or the server stopped during it). Returned as the jobs they were, to ask the carrier about; those that could not
     * be settled within {@code settleWithin} are marked FAILED (OUTCOME_UNKNOWN) for a person to review.
     */
    public List<SendJob> unsettled(Duration olderThan, Duration settleWithin) {
        List<Message> stale = em.createQuery(
                        "SELECT m FROM Message m WHERE m.delivery.status = :sending AND m.delivery.sendingSince < :before ORDER BY m.id",
                        Message.class)
                .setParameter("sending", DeliveryStatus.SENDING)
                .setParameter("before", now().minus(olderThan))
                .getResultList();
        List<SendJob> jobs = new ArrayList<>();
        for (Message message : stale) {
            if (message.delivery().sendingSince().isBefore(now().minus(settleWithin))) {
                message.delivery()
                        .fail(
                                OUTCOME_UNKNOWN,
                                "the carrier's log could not be read to learn whether it took this text; it was not sent again");
                metrics.failed(message.lineId(), OUTCOME_UNKNOWN);
                changed.fire(new ConversationChanged(message.conversationId()));
            } else {
                Conversation conversation = em.find(Conversation.class, message.conversationId());
                SenderLineData line = lines.find(conversation.lineId()).orElseThrow();
                List<String> media =
                        sendJobs.mediaOf(List.of(message.id())).getOrDefault(Long.toString(message.id()), List.of());
                jobs.add(SendJobs.job(
                        message,
                        conversation,
                        media,
                        message.delivery().sendingSince().toInstant(),
                        sendJobs.sendingLine(line, line.messagesPerSecond())));
            }
        }
        return jobs;
    }

    /**
     * Settles a send whose outcome was unknown with what the carrier's log shows: a text it took that no other message
     * claims makes it SENT; none means the text never left, and it is retried as a refused send is (with backoff, until
     * attempts run out). Nothing happens when another sweep (on any instance) settled it meanwhile.
     */
    public void settle(SendJob job, List<String> takenSids) {
        Message message = em.find(Message.class, job.messageId(), LockModeType.PESSIMISTIC_WRITE);
        if (message.delivery().status() != DeliveryStatus.SENDING
                || message.delivery().attempts() != job.attempt()) {
            return;
        }
        List<String> known = takenSids.isEmpty()
                ? List.of()
                : em.createQuery(
                                "SELECT m.delivery.carrierSid FROM Message m WHERE m.delivery.carrierSid IN :sids",
                                String.class)
                        .setParameter("sids", takenSids)
                        .getResultList();
        Optional<String> ours =
                takenSids.stream().filter(sid -> !known.contains(sid)).findFirst();
        if (ours.isPresent()) {
            message.delivery().sent(ours.get(), now());
            reports.applyWaiting(List.of(message));
            metrics.sent(message.lineId());
            LOG.info(() -> "Message " + job.messageId() + " had an unknown outcome; the carrier had taken it as "
                    + ours.get());
        } else {
            retryOrGiveUp(
                    message,
                    job.attempt(),
                    OUTCOME_UNKNOWN,
                    "the carrier had not taken it (no answer, or the server stopped)");
            LOG.info(() ->
                    "Message " + job.messageId() + " had an unknown outcome; the carrier had not taken it, so it is "
                            + (message.delivery().status() == DeliveryStatus.QUEUED
                                    ? "retried"
                                    : "given up after " + job.attempt() + " attempts"));
        }
        changed.fire(new ConversationChanged(message.conversationId()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

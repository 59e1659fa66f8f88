package io.textcenter.messaging.outbound;

import io.textcenter.messaging.carrier.CarrierException;
import io.textcenter.messaging.carrier.OutgoingText;
import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.conversation.AttachmentData;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.ConversationChanged;
import io.textcenter.messaging.conversation.ConversationQueries;
import io.textcenter.messaging.conversation.DeliveryStatus;
import io.textcenter.messaging.conversation.Message;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.settings.TwilioSettingsService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The dispatcher's reads and writes of the outbox, each in a transaction of its own so that the carrier call between
 * them holds no transaction and no lock. A message is claimed (QUEUED → SENDING) under a row lock: whoever moves it
 * sends it, nobody else, on any instance.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    private static final Logger LOG = Logger.getLogger(OutboxStore.class.getName());
    static final String CARRIER_OPTED_OUT = "21610";
    static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";
    static final String RETRIES_EXHAUSTED = "RETRIES_EXHAUSTED";
    static final String LINE_INACTIVE = "LINE_INACTIVE";

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private SenderLineService lines;

    @Inject
    private TwilioSettingsService twilio;

    @Inject
    private ConsentService consent;

    @Inject
    private ConversationQueries queries;

    @Inject
    private Event<ConversationChanged> changed;

    @Inject
    @ConfigProperty(name = "messaging.outbox.max-attempts")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "messaging.outbox.first-retry-delay")
    Duration firstRetryDelay;

    @Inject
    @ConfigProperty(name = "messaging.outbox.max-retry-delay")
    Duration maxRetryDelay;

    /** Lines that have messages due now. */
    public List<Long> linesWithDueMessages() {
        return em.createQuery("SELECT DISTINCT c.lineId FROM Message m, Conversation c WHERE c.id = m.conversationId"
                        + " AND m.deliveryStatus = :queued AND m.nextAttemptAt <= :now", Long.class)
                .setParameter("queued", DeliveryStatus.QUEUED).setParameter("now", now()).getResultList();
    }

    /**
     * Claims the line's oldest due message (QUEUED → SENDING) together with the line's next send slot, and returns what
     * to send and when; empty when no message is due. Due messages that must not be sent after all are settled on the
     * way (the number opted out meanwhile: SKIPPED; the line was switched off: FAILED).
     */
    public Optional<SendJob> claimNext(long lineId) {
        OptionalLong next;
        while ((next = lockOldestDue(lineId)).isPresent()) {
            Message message = em.find(Message.class, next.getAsLong());
            Optional<SendJob> job = sendable(lineId, message);
            if (job.isPresent()) {
                return job;
            }
            em.flush();
        }
        return Optional.empty();
    }

    /**
     * The line's oldest due message, locked for this transaction. Rows another instance has locked are skipped rather
     * than waited for: instances never take the same message and never queue up behind each other.
     */
    private OptionalLong lockOldestDue(long lineId) {
        List<?> next = em.createNativeQuery("SELECT m.id FROM message m"
                        + " WHERE m.conversation_id IN (SELECT c.id FROM conversation c WHERE c.line_id = ?1)"
                        + " AND m.delivery_status = ?2 AND m.next_attempt_at <= ?3"
                        + " ORDER BY m.next_attempt_at, m.id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, lineId).setParameter(2, DeliveryStatus.QUEUED.name()).setParameter(3, now()).getResultList();
        return next.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) next.get(0)).longValue());
    }

    private Optional<SendJob> sendable(long lineId, Message message) {
        Conversation conversation = em.find(Conversation.class, message.conversationId());
        SenderLineData line = lines.find(lineId).orElseThrow();
        if (consent.isOptedOut(conversation.externalNumber())) {
            message.skip(Outbox.OPTED_OUT);
            changed.fire(new ConversationChanged(conversation.id()));
            return Optional.empty();
        }
        if (!line.active()) {
            message.fail(LINE_INACTIVE, "the line " + line.description() + " is switched off");
            changed.fire(new ConversationChanged(conversation.id()));
            return Optional.empty();
        }
        // the line's row stays locked until this claim commits: instances take the line's slots one at a time
        Instant slot = em.find(LinePace.class, lineId, LockModeType.PESSIMISTIC_WRITE).reserve(Instant.now(Clock.systemUTC()), line.messagesPerSecond());
        message.claimFor(slot.atOffset(ZoneOffset.UTC));
        return Optional.of(jobFor(message, conversation, line, slot));
    }

    private SendJob jobFor(Message message, Conversation conversation, SenderLineData line, Instant slot) {
        List<String> media = queries.attachmentsOf(List.of(Long.toString(message.id()))).stream().map(AttachmentData::sourceUrl).toList();
        String callback = twilio.publicBaseUrl().map(base -> base + "/messaging/api/twilio/status").orElse(null);
        OutgoingText text = new OutgoingText(line.phoneNumber(), conversation.externalNumber(), message.body(), media, callback);
        return new SendJob(message.id(), message.attempts(), slot, text, twilio.credentials());
    }

    public void sent(long messageId, String carrierSid) {
        Message message = em.find(Message.class, messageId);
        message.sent(carrierSid);
        changed.fire(new ConversationChanged(message.conversationId()));
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
            message.awaitOutcome(refusal.getMessage() + "; the carrier's log will tell whether it took the text");
            return;
        }
        if (refusal.retryable() && job.attempt() < maxAttempts) {
            Duration delay = new Backoff(firstRetryDelay, maxRetryDelay, ThreadLocalRandom.current()::nextDouble).after(job.attempt());
            message.retryAt(now().plus(delay), refusal.getMessage());
            return;
        }
        String code = refusal.retryable() ? RETRIES_EXHAUSTED : refusal.code();
        message.fail(code, refusal.getMessage());
        if (CARRIER_OPTED_OUT.equals(refusal.code())) {
            consent.optOut(job.text().to(), "carrier error " + CARRIER_OPTED_OUT);
        }
    }

    /**
     * Messages whose send outcome is unknown: left SENDING longer than a carrier call can take (the call got no answer,
     * or the server stopped during it). Returned as the jobs they were, to ask the carrier about; those that could not
     * be settled within {@code settleWithin} are marked FAILED (OUTCOME_UNKNOWN) for a person to review.
     */
    public List<SendJob> unsettled(Duration olderThan, Duration settleWithin) {
        List<Message> stale = em.createQuery("SELECT m FROM Message m WHERE m.deliveryStatus = :sending AND m.sendingSince < :before ORDER BY m.id", Message.class)
                .setParameter("sending", DeliveryStatus.SENDING).setParameter("before", now().minus(olderThan)).getResultList();
        List<SendJob> jobs = new ArrayList<>();
        for (Message message : stale) {
            if (message.sendingSince().isBefore(now().minus(settleWithin))) {
                message.fail(OUTCOME_UNKNOWN, "the carrier's log could not be read to learn whether it took this text; it was not sent again");
                changed.fire(new ConversationChanged(message.conversationId()));
            } else {
                Conversation conversation = em.find(Conversation.class, message.conversationId());
                SenderLineData line = lines.find(conversation.lineId()).orElseThrow();
                jobs.add(jobFor(message, conversation, line, message.sendingSince().toInstant()));
            }
        }
        return jobs;
    }

    /**
     * Settles a send whose outcome was unknown with what the carrier's log shows: a text it took that no other message
     * claims makes it SENT; none means the text never left, and it goes back to the outbox. Nothing happens when another
     * sweep (on any instance) settled it meanwhile.
     */
    public void settle(SendJob job, List<String> takenSids) {
        Message message = em.find(Message.class, job.messageId(), LockModeType.PESSIMISTIC_WRITE);
        if (message.deliveryStatus() != DeliveryStatus.SENDING || message.attempts() != job.attempt()) {
            return;
        }
        List<String> known = takenSids.isEmpty() ? List.of()
                : em.createQuery("SELECT m.carrierSid FROM Message m WHERE m.carrierSid IN :sids", String.class).setParameter("sids", takenSids).getResultList();
        Optional<String> ours = takenSids.stream().filter(sid -> !known.contains(sid)).findFirst();
        if (ours.isPresent()) {
            message.sent(ours.get());
            LOG.info(() -> "Message " + job.messageId() + " had an unknown outcome; the carrier had taken it as " + ours.get());
        } else {
            message.retryAt(now(), "the carrier had not taken it (no answer, or the server stopped); sent again");
            LOG.info(() -> "Message " + job.messageId() + " had an unknown outcome; the carrier had not taken it, so it goes out again");
        }
        changed.fire(new ConversationChanged(message.conversationId()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(Clock.systemUTC());
    }
}

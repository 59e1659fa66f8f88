package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.carrier.CarrierState;
import io.textcenter.messaging.carrier.Carriers;
import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.ConversationChanged;
import io.textcenter.messaging.conversation.Message;
import io.textcenter.messaging.delivery.DeliveryStatus;
import io.textcenter.messaging.delivery.Purpose;
import io.textcenter.messaging.outbound.Outbox;
import io.textcenter.messaging.outbound.OutboxMetrics;
import io.textcenter.messaging.quiethours.QuietHours;
import io.textcenter.messaging.quiethours.QuietHoursCheck;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The outbox's due texts claimed for sending, each claim in a transaction of its own so that the carrier calls after
 * it hold no transaction and no lock. A message is claimed (QUEUED or SCHEDULED → SENDING) under a row lock: whoever
 * moves it sends it, nobody else, on any instance. Claimed texts a sender could not take go back unclaimed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {

    /** A line switched off: its due texts fail. */
    static final String LINE_INACTIVE = "LINE_INACTIVE";
    /** A text that keeps to quiet hours fell due outside its recipient's texting window: it waits for the window. */
    static final String QUIET_HOURS = "QUIET_HOURS";
    /** A marketing text to a number without recorded marketing consent: never sent. */
    static final String NO_MARKETING_CONSENT = "NO_MARKETING_CONSENT";
    /** How far ahead the outbox claims a line's texts and send slots. */
    private static final Duration CLAIM_AHEAD = Duration.ofMillis(250);
    /**
     * The first slot of a claim lies this far after it, so that the claim's commit and the hand-over to the senders do
     * not make the first texts late.
     */
    private static final Duration SLOT_LEAD = Duration.ofMillis(20);
    /**
     * A quarter of a second of the fastest line a line may be (1,000 a second): the line idles between batches for a
     * claim's time, so smaller batches would keep a fast line below its rate.
     */
    private static final int MAX_BATCH = 250;

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SenderLineService lines;

    @Inject
    TwilioSettingsService twilio;

    @Inject
    ConsentService consent;

    @Inject
    Event<ConversationChanged> changed;

    @Inject
    QuietHours quietHours;

    @Inject
    Carriers carriers;

    @Inject
    OutboxMetrics metrics;

    @Inject
    SendJobs sendJobs;

    /** Lines that have messages due now. */
    public List<Long> linesWithDueMessages() {
        return em.createQuery(
                        "SELECT l.id FROM SenderLine l WHERE EXISTS (SELECT m.id FROM Message m WHERE m.lineId = l.id"
                                + " AND m.delivery.status IN :waiting AND m.delivery.nextAttemptAt <= :now)",
                        Long.class)
                .setParameter("waiting", Outbox.WAITING)
                .setParameter("now", now())
                .getResultList();
    }

    /**
     * Claims the line's oldest due messages (QUEUED → SENDING), as many as go out within {@link #CLAIM_AHEAD} (one at
     * least, 250 at most), each with the next of the line's send slots, and returns what to send and when; empty when no
     * message is due. Slots are taken at the line's rate, or at {@code sendersPerSecond} when the senders are slower:
     * a text whose slot passed before a sender was free for it would only go back to the outbox. Due messages that must
     * not be sent after all are settled on the way (the number opted out meanwhile, or a marketing text's number has no
     * marketing consent: SKIPPED; the line was switched off: FAILED), and those due in their recipient's quiet hours
     * wait for the texting window. A batch costs the same few queries whatever its size.
     */
    public List<SendJob> claimDue(long lineId, double sendersPerSecond) {
        if (carriers.state(twilio.credentials()) == CarrierState.NOT_CONFIGURED) {
            holdForCarrier(lineId);
            return List.of();
        }
        SenderLineData line = lines.find(lineId).orElseThrow();
        double pace = Math.min(line.messagesPerSecond(), sendersPerSecond);
        int max = (int) Math.max(1, Math.min(MAX_BATCH, Math.ceil(pace * CLAIM_AHEAD.toNanos() / 1e9)));
        List<SendJob> jobs = new ArrayList<>();
        List<Long> due;
        while (jobs.isEmpty() && !(due = lockOldestDue(lineId, max)).isEmpty()) {
            jobs.addAll(sendable(line, pace, due));
            em.flush();
        }
        return jobs;
    }

    /**
     * With no carrier to send them, the line's due texts stay QUEUED and say why; they go out once an account is saved.
     * Each is marked once, so a long wait costs a query per sweep and nothing more.
     */
    private void holdForCarrier(long lineId) {
        em.createQuery(
                        "SELECT m FROM Message m WHERE m.lineId = :line AND m.delivery.status IN :waiting AND m.delivery.nextAttemptAt <= :now"
                                + " AND (m.delivery.errorCode IS NULL OR m.delivery.errorCode <> :reason)",
                        Message.class)
                .setParameter("line", lineId)
                .setParameter("waiting", Outbox.WAITING)
                .setParameter("now", now())
                .setParameter("reason", Carriers.NOT_CONFIGURED)
                .setMaxResults(MAX_BATCH)
                .getResultList()
                .forEach(message -> {
                    message.delivery()
                            .waitFor(
                                    Carriers.NOT_CONFIGURED,
                                    "no carrier is configured: the text goes out once a Twilio account is saved");
                    changed.fire(new ConversationChanged(message.conversationId()));
                });
    }

    /**
     * The line's oldest due messages, locked for this transaction. Rows another instance has locked are skipped rather
     * than waited for: instances never take the same message and never queue up behind each other.
     */
    private List<Long> lockOldestDue(long lineId, int max) {
        return em
                .createNativeQuery("SELECT m.id FROM message m"
                        + " WHERE m.line_id = ?1 AND m.delivery_status IN (?2, ?4) AND m.next_attempt_at <= ?3"
                        + " ORDER BY m.next_attempt_at, m.id FETCH FIRST " + max + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, lineId)
                .setParameter(2, DeliveryStatus.QUEUED.name())
                .setParameter(3, now())
                .setParameter(4, DeliveryStatus.SCHEDULED.name())
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }

    private List<SendJob> sendable(SenderLineData line, double pace, List<Long> due) {
        List<Message> messages = em.createQuery(
                        "SELECT m FROM Message m WHERE m.id IN :ids ORDER BY m.delivery.nextAttemptAt, m.id",
                        Message.class)
                .setParameter("ids", due)
                .getResultList();
        Map<Long, Conversation> conversations = em.createQuery(
                        "SELECT c FROM Conversation c WHERE c.id IN :ids", Conversation.class)
                .setParameter(
                        "ids",
                        messages.stream()
                                .map(Message::conversationId)
                                .distinct()
                                .toList())
                .getResultStream()
                .collect(Collectors.toMap(Conversation::id, Function.identity()));
        Set<String> optedOut = consent.optedOutAmong(conversations.values().stream()
                .map(Conversation::externalNumber)
                .toList());
        Set<String> marketingConsent = consent.withMarketingConsentAmong(
                numbersOf(messages, conversations, message -> message.delivery().purpose() == Purpose.MARKETING));
        Map<String, List<String>> media = sendJobs.mediaOf(due);
        SendingLine sending = sendJobs.sendingLine(line, pace);
        // the line's row stays locked until this claim commits: instances take the line's slots one batch at a time
        LinePace slots = em.find(LinePace.class, Long.parseLong(line.id()), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant().plus(SLOT_LEAD);
        List<SendJob> jobs = new ArrayList<>();
        List<String> keepingQuietHours =
                numbersOf(messages, conversations, message -> message.delivery().keepsQuietHours());
        QuietHoursCheck quiet = keepingQuietHours.isEmpty() ? null : quietHours.checkNow(keepingQuietHours);
        for (Message message : messages) {
            Conversation conversation = conversations.get(message.conversationId());
            Optional<Instant> windowOpens = message.delivery().keepsQuietHours()
                    ? quiet.closedFor(conversation.externalNumber())
                    : Optional.empty();
            if (optedOut.contains(conversation.externalNumber())) {
                message.delivery().skip(Outbox.OPTED_OUT);
                metrics.skipped(message.lineId(), Outbox.OPTED_OUT_CODE);
            } else if (message.delivery().purpose() == Purpose.MARKETING
                    && !marketingConsent.contains(conversation.externalNumber())) {
                message.delivery()
                        .skip(NO_MARKETING_CONSENT, "a marketing text, and the number gave no marketing consent");
                metrics.skipped(message.lineId(), NO_MARKETING_CONSENT);
            } else if (!line.active()) {
                message.delivery().fail(LINE_INACTIVE, "the line " + line.description() + " is switched off");
                metrics.failed(message.lineId(), LINE_INACTIVE);
            } else if (windowOpens.isPresent()) {
                message.delivery()
                        .waitForTextingWindow(
                                windowOpens.get().atOffset(ZoneOffset.UTC),
                                QUIET_HOURS,
                                "quiet hours where the recipient is: it goes when their texting window opens");
            } else {
                Instant slot = slots.reserve(now, pace);
                message.delivery().claimFor(slot.atOffset(ZoneOffset.UTC));
                jobs.add(SendJobs.job(
                        message,
                        conversation,
                        media.getOrDefault(Long.toString(message.id()), List.of()),
                        slot,
                        sending));
                continue;
            }
            changed.fire(new ConversationChanged(conversation.id()));
        }
        return jobs;
    }

    /** The recipients' numbers of those messages that {@code match}, each once. */
    private static List<String> numbersOf(
            List<Message> messages, Map<Long, Conversation> conversations, Predicate<Message> match) {
        return messages.stream()
                .filter(match)
                .map(message -> conversations.get(message.conversationId()).externalNumber())
                .distinct()
                .toList();
    }

    /**
     * Claimed messages that were not handed to the carrier go back to the outbox, unclaimed, together; one that was
     * settled meanwhile (another instance's sweep) is left as it is.
     */
    public void putBack(List<SendJob> jobs) {
        Map<Long, Integer> attemptById = jobs.stream().collect(Collectors.toMap(SendJob::messageId, SendJob::attempt));
        em
                .createQuery("SELECT m FROM Message m WHERE m.id IN :ids", Message.class)
                .setParameter("ids", attemptById.keySet())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .stream()
                .filter(message -> message.delivery().status() == DeliveryStatus.SENDING
                        && message.delivery().attempts() == attemptById.get(message.id()))
                .forEach(message -> message.delivery().unclaim());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

package io.textcenter.messaging.outbound;

import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.MediaItem;
import io.textcenter.messaging.conversation.Message;
import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.conversation.OutboundText;
import io.textcenter.messaging.conversation.SendOptions;
import io.textcenter.messaging.delivery.DeliveryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one way a text leaves: it is recorded as a message of its conversation, in the caller's transaction, and sent
 * by the dispatch engine after that transaction commits. A number that opted out is recorded as SKIPPED instead.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    /** Texts taken back with one statement (the bound on an IN list's size). */
    private static final int WITHDRAWN_AT_ONCE = 1000;

    /** Texts still waiting to leave: sent once due (a scheduled one at its time), or taken back by {@link #withdraw}. */
    public static final Set<DeliveryStatus> WAITING = Set.of(DeliveryStatus.SCHEDULED, DeliveryStatus.QUEUED);

    public static final String OPTED_OUT = "the number opted out of texts";
    /** The reason a text to a number that opted out is skipped, as operators' metrics name it. */
    public static final String OPTED_OUT_CODE = "OPTED_OUT";

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    ConsentService consent;

    @Inject
    Event<MessageQueued> queued;

    @Inject
    OutboxMetrics metrics;

    /** A text that goes as soon as the line can send it. */
    public MessageData queue(Conversation conversation, OutboundText text) {
        return queue(conversation, text, SendOptions.AT_ONCE);
    }

    /**
     * A text that goes as the options say: at once, skipped now when the number opted out; or later, when consent is
     * asked as it goes out (a SCHEDULED text).
     */
    public MessageData queue(Conversation conversation, OutboundText text, SendOptions options) {
        Optional<String> skipReason = options.sendAt().isPresent() ? Optional.empty() : skipReason(conversation);
        return queued(conversation, conversations.outbound(conversation, text, skipReason, options, now()));
    }

    /**
     * Many texts of one kind and author at once (a bulk send's chunk), written {@code at} a moment: which numbers opted out
     * is read with one query, and a conversation started at that moment needs no update for its text. Each waits for its
     * recipient's texting window ({@link SendOptions#IN_TEXTING_HOURS} or {@link SendOptions#MARKETING}), and for its
     * time when the options give one.
     */
    public List<MessageData> queueAll(
            List<TextToQueue> texts, MessageKind kind, String authorId, SendOptions options, OffsetDateTime at) {
        Set<String> optedOut = options.sendAt().isPresent()
                ? Set.of()
                : consent.optedOutAmong(texts.stream()
                        .map(text -> text.conversation().externalNumber())
                        .toList());
        return texts.stream()
                .map(text -> queued(
                        text.conversation(),
                        conversations.outbound(
                                text.conversation(),
                                new OutboundText(kind, text.body(), text.media(), authorId),
                                skipReason(optedOut.contains(text.conversation().externalNumber())),
                                options,
                                at)))
                .toList();
    }

    /** An auto-responder's answer (the responder is remembered with it). */
    public MessageData queueAutoResponse(
            Conversation conversation, String body, List<MediaItem> media, long responderId) {
        return queued(
                conversation,
                conversations.autoResponse(conversation, body, media, responderId, skipReason(conversation), now()));
    }

    /**
     * Takes these texts back while they wait to leave (SCHEDULED or QUEUED): each is recorded as SKIPPED with the
     * reason. A text the outbox is claiming meanwhile is waited for (its row is locked) and, being on its way, left
     * alone. Answers the ids of the texts taken back.
     */
    public Set<Long> withdraw(Collection<Long> messageIds, String reason) {
        Set<Long> withdrawn = new HashSet<>();
        List<Long> ids = List.copyOf(messageIds);
        for (int from = 0; from < ids.size(); from += WITHDRAWN_AT_ONCE) {
            em.createQuery(
                            "SELECT m FROM Message m WHERE m.id IN :ids AND m.delivery.status IN :waiting",
                            Message.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + WITHDRAWN_AT_ONCE)))
                    .setParameter("waiting", WAITING)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(message -> {
                        message.delivery().skip(reason);
                        withdrawn.add(message.id());
                    });
        }
        return withdrawn;
    }

    private Optional<String> skipReason(Conversation conversation) {
        return skipReason(consent.isOptedOut(conversation.externalNumber()));
    }

    private static Optional<String> skipReason(boolean optedOut) {
        return optedOut ? Optional.of(OPTED_OUT) : Optional.empty();
    }

    private MessageData queued(Conversation conversation, MessageData message) {
        if (message.deliveryStatus() == DeliveryStatus.QUEUED) {
            queued.fire(new MessageQueued(Long.parseLong(message.id()), conversation.lineId()));
        } else if (message.deliveryStatus() == DeliveryStatus.SKIPPED) {
            metrics.skipped(conversation.lineId(), OPTED_OUT_CODE);
        }
        return message;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

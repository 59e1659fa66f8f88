package io.textcenter.messaging.bulk;

import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.conversation.SendOptions;
import io.textcenter.messaging.outbound.Outbox;
import io.textcenter.messaging.outbound.TextToQueue;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bulk send's job's reads and writes: its recipients in the order they are texted, and each chunk's texts composed
 * with the recipient's own merge fields and queued in the outbox at most once per send, whatever restarts happen.
 */
@Stateless
public class BulkChunks {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BulkTexts texts;

    @Inject
    Conversations conversations;

    @Inject
    Outbox outbox;

    @Inject
    BulkLeases leases;

    /** The reader's items: the recipients in the order they are texted. */
    public List<String> recipients(long bulkSendId) {
        return List.copyOf(em.find(BulkSend.class, bulkSendId).recipientIds());
    }

    /**
     * The job's writer's work, in the chunk's transaction: composes each recipient's text with their own merge fields
     * and queues it, once per send; recipients an earlier run did already are left alone, and one who cannot be texted
     * is recorded as skipped with the reason. A chunk reads each kind of row it needs with one query.
     * <p>
     * The send's row stays locked until the chunk commits, so a stop either comes first and the chunk queues nothing
     * (its recipients wait for a restart), or waits and takes the chunk's texts that the outbox has not claimed yet
     * out again with the rest. A run that was started a moment ago is waited for too (see {@link BulkSendService#restart}).
     */
    public void queue(long bulkSendId, List<String> recipientIds) {
        if (lockedStopped(bulkSendId)) {
            return;
        }
        BulkMessage send = em.createNamedQuery(BulkSend.MESSAGE, BulkMessage.class)
                .setParameter("id", bulkSendId)
                .getSingleResult();
        leases.renew(bulkSendId);
        Set<String> done = recorded(bulkSendId, recipientIds);
        List<BulkItem> items = texts.compose(
                send, recipientIds.stream().filter(id -> !done.contains(id)).toList());
        List<BulkItem> toText =
                items.stream().filter(item -> item.skipReason() == null).toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Conversation> byNumber = conversations.openFor(
                send.lineId(), toText.stream().map(BulkItem::to).toList(), now);
        List<TextToQueue> textsToQueue = toText.stream()
                .map(item -> new TextToQueue(byNumber.get(item.to()), item.body(), item.media()))
                .toList();
        SendOptions inTextingHours = send.marketing() ? SendOptions.MARKETING : SendOptions.IN_TEXTING_HOURS;
        List<MessageData> queued = outbox.queueAll(
                textsToQueue,
                MessageKind.TEXT,
                send.authorId(),
                send.startsAfter(now) ? inTextingHours.sentAt(send.sendAt()) : inTextingHours,
                now);
        Map<String, Long> messageIdByRecipient = new HashMap<>();
        for (int index = 0; index < toText.size(); index++) {
            messageIdByRecipient.put(
                    toText.get(index).recipientId(),
                    Long.valueOf(queued.get(index).id()));
        }
        em.flush(); // the messages' rows first: a recipient's row refers to its message
        for (BulkItem item : items) {
            em.persist(new BulkRecipient(
                    bulkSendId, item.recipientId(), messageIdByRecipient.get(item.recipientId()), item.skipReason()));
        }
    }

    /**
     * Locks the send's row and reads whether it was stopped. Only that column: the row's recipient list (100,000 ids
     * for a large send) would be read, split and checked for changes with every chunk.
     */
    private boolean lockedStopped(long bulkSendId) {
        return (Boolean) em.createNativeQuery("SELECT stopped FROM bulk_send WHERE id = ?1 FOR UPDATE")
                .setParameter(1, bulkSendId)
                .getSingleResult();
    }

    /** Those of these recipients the send has queued or skipped already (by an earlier run of it). */
    private Set<String> recorded(long bulkSendId, List<String> recipientIds) {
        return Set.copyOf(em.createQuery(
                        "SELECT r.recipientId FROM BulkRecipient r WHERE r.bulkSendId = :id AND r.recipientId IN :recipients",
                        String.class)
                .setParameter("id", bulkSendId)
                .setParameter("recipients", recipientIds)
                .getResultList());
    }
}

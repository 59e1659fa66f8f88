package io.textcenter.messaging.conversation;

import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.delivery.DeliveryStatus;
import io.textcenter.messaging.persistence.EntityIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads for the inbox and the API. Each takes a batch of ids and costs one query, so a page of conversations costs
 * the same number of statements whatever its size. Reads need no transaction of their own (one would cost two more
 * round trips to the database per call); inside a caller's transaction they join it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConversationQueries {

    /** Messages of one conversation read at once; a longer history is read in parts ({@code before}). */
    public static final int MAX_MESSAGES_AT_ONCE = 500;

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    public Optional<ConversationData> find(String id) {
        return EntityIds.parse(id).map(key -> em.find(Conversation.class, key)).map(Conversation::toData);
    }

    public List<ConversationData> byIds(Collection<String> ids) {
        List<Long> keys = keys(ids);
        return keys.isEmpty()
                ? List.of()
                : em.createNamedQuery(Conversation.BY_IDS, Conversation.class)
                        .setParameter("ids", keys)
                        .getResultStream()
                        .map(Conversation::toData)
                        .toList();
    }

    public List<ConversationData> ofCustomers(Collection<String> customerIds) {
        return customerIds.isEmpty()
                ? List.of()
                : em.createNamedQuery(Conversation.OF_CUSTOMERS, Conversation.class)
                        .setParameter("ids", customerIds)
                        .getResultStream()
                        .map(Conversation::toData)
                        .toList();
    }

    public List<ConversationData> ofEmployees(Collection<String> employeeIds) {
        return employeeIds.isEmpty()
                ? List.of()
                : em.createNamedQuery(Conversation.OF_EMPLOYEES, Conversation.class)
                        .setParameter("ids", employeeIds)
                        .getResultStream()
                        .map(Conversation::toData)
                        .toList();
    }

    /**
     * The latest {@code count} messages of each of these conversations, oldest first within each; with {@code before},
     * those that came before that message. One statement for the whole batch, however long the histories.
     */
    public List<MessageData> latestMessagesOf(Collection<String> conversationIds, int count, Optional<String> before) {
        if (count < 1 || count > MAX_MESSAGES_AT_ONCE) {
            throw new ValidationException(
                    "last", "must be from 1 to " + MAX_MESSAGES_AT_ONCE + " messages (it is " + count + ")");
        }
        List<Long> keys = keys(conversationIds);
        if (keys.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(keys.size(), "?"));
        String earlier = before.isEmpty()
                ? ""
                : " AND (created_at < (SELECT created_at FROM message WHERE id = ?)"
                        + " OR (created_at = (SELECT created_at FROM message WHERE id = ?) AND id < ?))";
        Query latest = em.createNativeQuery(
                "SELECT m.* FROM message m JOIN (SELECT id, ROW_NUMBER() OVER"
                        + " (PARTITION BY conversation_id ORDER BY created_at DESC, id DESC) AS recency FROM message"
                        + " WHERE conversation_id IN (" + placeholders + ")" + earlier + ") ranked ON ranked.id = m.id"
                        + " WHERE ranked.recency <= ? ORDER BY m.conversation_id, m.created_at, m.id",
                Message.class);
        int position = 1;
        for (Long key : keys) {
            latest.setParameter(position++, key);
        }
        if (before.isPresent()) {
            long message = EntityIds.parse(before.get()).orElse(-1L);
            for (int repeat = 0; repeat < 3; repeat++) {
                latest.setParameter(position++, message);
            }
        }
        latest.setParameter(position, count);
        @SuppressWarnings("unchecked")
        List<Message> messages = latest.getResultList();
        return messages.stream().map(Message::toData).toList();
    }

    /** How many messages each of these conversations holds (absent: none). */
    public Map<String, Integer> messageCounts(Collection<String> conversationIds) {
        return countsPerConversation(Message.COUNTS, conversationIds);
    }

    /** Texts still SCHEDULED (of one line, by one author, when given), soonest first. */
    public List<MessageData> scheduled(Optional<String> lineId, Optional<String> authorId) {
        TypedQuery<Message> scheduled = em.createQuery(
                        "SELECT m FROM Message m WHERE m.delivery.status = :scheduled"
                                + (lineId.isPresent() ? " AND m.lineId = :line" : "")
                                + (authorId.isPresent() ? " AND m.authorId = :author" : "")
                                + " ORDER BY m.delivery.nextAttemptAt, m.id",
                        Message.class)
                .setParameter("scheduled", DeliveryStatus.SCHEDULED);
        lineId.ifPresent(
                line -> scheduled.setParameter("line", EntityIds.parse(line).orElse(-1L)));
        authorId.ifPresent(author -> scheduled.setParameter("author", author));
        return scheduled.getResultStream().map(Message::toData).toList();
    }

    public MessageData messageById(long id) {
        return em.find(Message.class, id).toData();
    }

    public Optional<MessageData> messageBySid(String carrierSid) {
        return em.createNamedQuery(Message.BY_CARRIER_SID, Message.class)
                .setParameter("sid", carrierSid)
                .getResultStream()
                .findFirst()
                .map(Message::toData);
    }

    /** Which of these carrier ids (MessageSids) a message has. */
    public Set<String> knownSids(Collection<String> carrierSids) {
        if (carrierSids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery(
                        "SELECT m.delivery.carrierSid FROM Message m WHERE m.delivery.carrierSid IN :sids",
                        String.class)
                .setParameter("sids", carrierSids)
                .getResultList());
    }

    /** Unreviewed messages per conversation id; conversations with none are absent. */
    public Map<String, Integer> unreviewedCounts(Collection<String> conversationIds) {
        return countsPerConversation(Message.UNREVIEWED_COUNTS, conversationIds);
    }

    private Map<String, Integer> countsPerConversation(String countingQuery, Collection<String> conversationIds) {
        List<Long> keys = keys(conversationIds);
        Map<String, Integer> counts = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createNamedQuery(countingQuery, Object[].class)
                    .setParameter("ids", keys)
                    .getResultList()
                    .forEach(row -> counts.put(EntityIds.format((Long) row[0]), ((Long) row[1]).intValue()));
        }
        return counts;
    }

    /** The attachments of these messages, in their order within each. */
    public List<AttachmentData> attachmentsOf(Collection<String> messageIds) {
        List<Long> keys = keys(messageIds);
        return keys.isEmpty()
                ? List.of()
                : em.createNamedQuery(Attachment.OF_MESSAGES, Object[].class)
                        .setParameter("ids", keys)
                        .getResultStream()
                        .map(row -> ((Attachment) row[0]).toData((MessageDirection) row[1]))
                        .toList();
    }

    public Optional<AttachmentData> attachment(String id) {
        return EntityIds.parse(id)
                .flatMap(key -> em.createNamedQuery(Attachment.BY_ID, Object[].class)
                        .setParameter("id", key)
                        .getResultStream()
                        .findFirst()
                        .map(row -> ((Attachment) row[0]).toData((MessageDirection) row[1])));
    }

    /** Appointment ids each conversation is tied to. */
    public Map<String, List<String>> appointmentsOf(Collection<String> conversationIds) {
        List<Long> keys = keys(conversationIds);
        Map<String, List<String>> tied = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createNamedQuery(AppointmentLink.OF_CONVERSATIONS, AppointmentLink.class)
                    .setParameter("ids", keys)
                    .getResultStream()
                    .forEach(link -> tied.computeIfAbsent(
                                    EntityIds.format(link.conversationId()), id -> new ArrayList<>())
                            .add(link.appointmentId()));
        }
        return tied;
    }

    private static List<Long> keys(Collection<String> ids) {
        return ids.stream()
                .map(EntityIds::parse)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }
}

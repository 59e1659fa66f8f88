package io.textcenter.messaging.conversation;

import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.CustomerDirectory;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.carrier.Segments;
import io.textcenter.messaging.delivery.Delivery;
import io.textcenter.messaging.delivery.Purpose;
import io.textcenter.messaging.persistence.EntityIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes conversations and their messages, inside the caller's transaction. One conversation per (line, number);
 * it is tied to the customer and the employee whose mobile that number is, now or when they are saved later.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Conversations {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    CustomerDirectory customers;

    @Inject
    EmployeeDirectory employees;

    @Inject
    Event<ConversationChanged> changed;

    /** The conversation of this line with this number, if they have one. */
    public Optional<Conversation> find(long lineId, String number) {
        return em.createNamedQuery(Conversation.BY_LINE_AND_NUMBER, Conversation.class)
                .setParameter("lineId", lineId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** The conversations this line has with these numbers, by number: one query for all. */
    public Map<String, Conversation> find(long lineId, Collection<String> numbers) {
        Map<String, Conversation> found = new HashMap<>();
        if (!numbers.isEmpty()) {
            em.createNamedQuery(Conversation.BY_LINE_AND_NUMBERS, Conversation.class)
                    .setParameter("lineId", lineId)
                    .setParameter("numbers", Set.copyOf(numbers))
                    .getResultStream()
                    .forEach(conversation -> found.put(conversation.externalNumber(), conversation));
        }
        return found;
    }

    /** The conversation of this line with this number, started now if there is none. */
    public Conversation openFor(long lineId, String number, OffsetDateTime now) {
        return find(lineId, number).orElseGet(() -> start(lineId, number, now));
    }

    /** The conversations of this line with these numbers, by number, those missing started now: one query for all. */
    public Map<String, Conversation> openFor(long lineId, Collection<String> numbers, OffsetDateTime now) {
        Map<String, Conversation> open = find(lineId, numbers);
        List<String> missing = numbers.stream()
                .distinct()
                .filter(number -> !open.containsKey(number))
                .toList();
        open.putAll(start(lineId, missing, now));
        return open;
    }

    /**
     * Starts the conversation of this line with this number, tied to the customer and employee with that mobile. Fails
     * the transaction when they have one already (one per line and number).
     */
    public Conversation start(long lineId, String number, OffsetDateTime now) {
        return start(lineId, List.of(number), now).get(number);
    }

    /**
     * Starts one conversation per number (as {@link #start(long, String, OffsetDateTime)} starts one; each number once);
     * their customers and employees are read with one query each.
     */
    public Map<String, Conversation> start(long lineId, List<String> numbers, OffsetDateTime now) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> customerByMobile =
                firstByMobile(customers.findByMobiles(numbers), CustomerData::mobile, CustomerData::id);
        Map<String, String> employeeByMobile =
                firstByMobile(employees.findByMobiles(numbers), EmployeeData::mobile, EmployeeData::id);
        Map<String, Conversation> started = new HashMap<>();
        for (String number : numbers) {
            Conversation conversation =
                    new Conversation(lineId, number, customerByMobile.get(number), employeeByMobile.get(number), now);
            em.persist(conversation);
            started.put(number, conversation);
        }
        em.flush();
        return started;
    }

    /** Each mobile's first person, in the directory's order (as {@link #start} ties one number). */
    private static <P> Map<String, String> firstByMobile(
            List<P> people, Function<P, String> mobile, Function<P, String> id) {
        Map<String, String> first = new HashMap<>();
        people.forEach(person -> first.putIfAbsent(mobile.apply(person), id.apply(person)));
        return first;
    }

    /** Ties the conversation to an appointment it documents; false when the two were tied before. */
    public boolean tieToAppointment(Conversation conversation, String appointmentId) {
        if (em.find(AppointmentLink.class, new AppointmentLink.Key(conversation.id(), appointmentId)) != null) {
            return false;
        }
        em.persist(new AppointmentLink(conversation.id(), appointmentId));
        return true;
    }

    /**
     * The conversation, its row locked until the transaction ends: employees' changes to one conversation (two claims
     * at once) take turns and each sees the other's, instead of failing at commit. A text arriving meanwhile waits
     * and then fails its version check; the webhook receives it again.
     */
    public Conversation lockForChange(String id) {
        return EntityIds.parse(id)
                .map(key -> em.find(Conversation.class, key, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("Conversation", id));
    }

    /**
     * Records a received text. A resolved conversation opens again (recorded as REOPENED) and keeps its history.
     */
    public MessageData received(Conversation conversation, ReceivedMessage text) {
        if (conversation.reopenIfResolved()) {
            em.persist(Message.internal(conversation, MessageKind.REOPENED, null, null, text.at()));
        }
        Message message = Message.received(
                conversation, text.carrierSid(), text.kind(), text.body(), Segments.count(text.body()), text.at());
        if (text.recoveredLate()) {
            message.recoveredLate();
        }
        return append(conversation, message, text.media(), text.at());
    }

    /**
     * Records a text to send (QUEUED, or SCHEDULED for its {@link SendOptions#sendAt}), or one that will not be sent and
     * why (SKIPPED). A once-only key makes it unique: a second message with the same key fails the transaction.
     */
    public MessageData outbound(
            Conversation conversation,
            OutboundText text,
            Optional<String> skipReason,
            SendOptions options,
            OffsetDateTime at) {
        int segments = Segments.count(text.body());
        Purpose purpose = options.purpose();
        boolean keepsQuietHours = options.keepsQuietHours();
        Delivery delivery = skipReason
                .map(reason -> Delivery.skipped(reason, purpose, keepsQuietHours))
                .or(() -> options.sendAt().map(sendAt -> Delivery.scheduled(sendAt, purpose, keepsQuietHours)))
                .orElseGet(() -> Delivery.queued(at, purpose, keepsQuietHours));
        Message message = Message.outbound(conversation, text, segments, at, delivery);
        options.onceKey().ifPresent(message::oncePer);
        return append(conversation, message, text.media(), at);
    }

    /** Whether a message with this once-only key exists. */
    public boolean sentOnce(String onceKey) {
        return em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.notificationKey = :key", Long.class)
                        .setParameter("key", onceKey)
                        .getSingleResult()
                > 0;
    }

    /** An auto-responder's answer: QUEUED, or SKIPPED with the reason. */
    public MessageData autoResponse(
            Conversation conversation,
            String body,
            List<MediaItem> media,
            long responderId,
            Optional<String> skipReason,
            OffsetDateTime at) {
        OutboundText answer = new OutboundText(MessageKind.AUTO_RESPONSE, body, media, null);
        int segments = Segments.count(body);
        Message message = skipReason
                .map(reason -> Message.outbound(
                        conversation, answer, segments, at, Delivery.skipped(reason, Purpose.TRANSACTIONAL, false)))
                .orElseGet(() -> Message.autoResponse(conversation, answer, segments, at, responderId));
        return append(conversation, message, media, at);
    }

    /** Whether the conversation has a message of this kind newer than {@code since}. */
    public boolean hasSince(Conversation conversation, MessageKind kind, OffsetDateTime since) {
        return em.createNamedQuery(Message.KIND_SINCE, Long.class)
                        .setParameter("conversationId", conversation.id())
                        .setParameter("kind", kind)
                        .setParameter("since", since)
                        .getSingleResult()
                > 0;
    }

    /** Ties every conversation with this number that has no customer yet to the customer. */
    public int linkCustomer(String number, String customerId) {
        return em.createNamedQuery(Conversation.LINK_CUSTOMER)
                .setParameter("number", number)
                .setParameter("customerId", customerId)
                .executeUpdate();
    }

    /** Ties every conversation with this number that has no employee yet to the employee. */
    public int linkEmployee(String number, String employeeId) {
        return em.createNamedQuery(Conversation.LINK_EMPLOYEE)
                .setParameter("number", number)
                .setParameter("employeeId", employeeId)
                .executeUpdate();
    }

    /** Records an event or note inside the center (never sent). */
    public MessageData internal(
            Conversation conversation, MessageKind kind, String body, String authorId, OffsetDateTime at) {
        return append(conversation, Message.internal(conversation, kind, body, authorId, at), List.of(), at);
    }

    private MessageData append(Conversation conversation, Message message, List<MediaItem> media, OffsetDateTime at) {
        changed.fire(new ConversationChanged(conversation.id()));
        em.persist(message);
        if (!media.isEmpty()) {
            em.flush(); // the message's row first: its attachments' rows refer to it
        }
        for (int position = 0; position < media.size(); position++) {
            em.persist(new Attachment(
                    message.id(),
                    position,
                    media.get(position).url(),
                    media.get(position).contentType()));
        }
        conversation.touch(at);
        return message.toData();
    }
}

package io.textcenter.messaging.conversation;

import io.textcenter.messaging.delivery.Delivery;
import io.textcenter.messaging.delivery.Purpose;
import io.textcenter.messaging.persistence.EntityIds;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A text in or out, or an internal note, as the center shows it. An outbound message is also the outbox's entry: its
 * {@link Delivery} is written QUEUED with the action that caused it, then moved along by the dispatch engine and the
 * carrier's status callbacks.
 */
@Entity
@Table(name = "message")
@NamedQuery(name = Message.BY_CARRIER_SID, query = "SELECT m FROM Message m WHERE m.delivery.carrierSid = :sid")
@NamedQuery(
        name = Message.COUNTS,
        query =
                "SELECT m.conversationId, COUNT(m) FROM Message m WHERE m.conversationId IN :ids GROUP BY m.conversationId")
@NamedQuery(
        name = Message.UNREVIEWED_COUNTS,
        query =
                "SELECT m.conversationId, COUNT(m) FROM Message m WHERE m.conversationId IN :ids AND m.reviewed = FALSE GROUP BY m.conversationId")
@NamedQuery(
        name = Message.UNREVIEWED,
        query = "SELECT m FROM Message m WHERE m.conversationId = :conversationId AND m.reviewed = FALSE")
@NamedQuery(
        name = Message.KIND_SINCE,
        query =
                "SELECT COUNT(m) FROM Message m WHERE m.conversationId = :conversationId AND m.kind = :kind AND m.createdAt > :since")
public class Message {

    static final String BY_CARRIER_SID = "Message.byCarrierSid";
    static final String COUNTS = "Message.counts";
    static final String UNREVIEWED_COUNTS = "Message.unreviewedCounts";
    static final String KIND_SINCE = "Message.kindSince";
    static final String UNREVIEWED = "Message.unreviewed";

    @Id
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "conversation_id")
    private long conversationId;

    /** The conversation's line, kept here so that the outbox reads a line's due texts from one index. */
    @Column(name = "line_id")
    private long lineId;

    @Enumerated(EnumType.STRING)
    private MessageDirection direction;

    @Enumerated(EnumType.STRING)
    private MessageKind kind;

    private String body;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    private boolean reviewed;

    @Column(name = "author_id")
    private String authorId;

    private int segments;

    @Column(name = "responder_id")
    private Long responderId;

    @Column(name = "notification_key")
    private String notificationKey;

    @Column(name = "recovered_late")
    private boolean recoveredLate;

    @Embedded
    private Delivery delivery;

    protected Message() {
        // for JPA
    }

    private Message(
            Conversation conversation,
            MessageDirection direction,
            MessageKind kind,
            String body,
            OffsetDateTime at,
            String authorId,
            int segments,
            Delivery delivery) {
        this.conversationId = conversation.id();
        this.lineId = conversation.lineId();
        this.direction = direction;
        this.kind = kind;
        this.body = body;
        this.createdAt = at;
        this.authorId = authorId;
        this.segments = segments;
        this.reviewed = direction != MessageDirection.INBOUND;
        this.delivery = delivery;
    }

    /** A text the carrier delivered to us: unreviewed until someone in the center has seen it. */
    static Message received(
            Conversation conversation,
            String carrierSid,
            MessageKind kind,
            String body,
            int segments,
            OffsetDateTime at) {
        return new Message(
                conversation, MessageDirection.INBOUND, kind, body, at, null, segments, Delivery.received(carrierSid));
    }

    /** A text to send, or one that will not be sent: {@code delivery} says which. */
    static Message outbound(
            Conversation conversation, OutboundText text, int segments, OffsetDateTime at, Delivery delivery) {
        return new Message(
                conversation,
                MessageDirection.OUTBOUND,
                text.kind(),
                text.body(),
                at,
                text.authorId(),
                segments,
                delivery);
    }

    /** An auto-responder's answer; remembers the responder (it answers a number at most once in a while). */
    static Message autoResponse(
            Conversation conversation, OutboundText text, int segments, OffsetDateTime at, long responderId) {
        Message message = outbound(conversation, text, segments, at, Delivery.queued(at, Purpose.TRANSACTIONAL, false));
        message.responderId = responderId;
        return message;
    }

    /** Marks a notification that must go out once only (e.g. per appointment and status). */
    void oncePer(String key) {
        notificationKey = key;
    }

    /** An event or note inside the center, never sent. */
    static Message internal(
            Conversation conversation, MessageKind kind, String body, String authorId, OffsetDateTime at) {
        return new Message(conversation, MessageDirection.INTERNAL, kind, body, at, authorId, 0, Delivery.none());
    }

    public long id() {
        return id;
    }

    public long conversationId() {
        return conversationId;
    }

    public long lineId() {
        return lineId;
    }

    public String body() {
        return body;
    }

    /** Where it stands on its way to the carrier and back; moved by the outbox only. */
    public Delivery delivery() {
        return delivery;
    }

    public void markReviewed(boolean isReviewed) {
        reviewed = isReviewed;
    }

    /** Read back from the carrier's log too late for automatic answers; the center shows it. */
    void recoveredLate() {
        recoveredLate = true;
    }

    MessageData toData() {
        return new MessageData(
                EntityIds.format(id),
                EntityIds.format(conversationId),
                direction,
                kind,
                body,
                createdAt,
                reviewed,
                authorId,
                segments,
                delivery.status(),
                delivery.errorCode(),
                delivery.errorMessage(),
                recoveredLate,
                direction == MessageDirection.OUTBOUND ? delivery.purpose() : null,
                delivery.dueAt());
    }
}

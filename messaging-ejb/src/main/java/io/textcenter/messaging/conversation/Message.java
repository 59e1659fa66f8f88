package io.textcenter.messaging.conversation;

import io.textcenter.messaging.persistence.EntityIds;
import jakarta.persistence.Column;
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
 * A text in or out, or an internal note. Outbound messages are the outbox: written QUEUED with the action that caused
 * them, then moved along by the dispatcher and the carrier's status callbacks.
 */
@Entity
@Table(name = "message")
@NamedQuery(name = Message.BY_CARRIER_SID, query = "SELECT m FROM Message m WHERE m.carrierSid = :sid")
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

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status")
    private DeliveryStatus deliveryStatus;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "error_message")
    private String errorMessage;

    @Column(name = "carrier_sid")
    private String carrierSid;

    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "sending_since")
    private OffsetDateTime sendingSince;

    @Column(name = "responder_id")
    private Long responderId;

    @Column(name = "notification_key")
    private String notificationKey;

    @Column(name = "recovered_late")
    private boolean recoveredLate;

    @Enumerated(EnumType.STRING)
    private Purpose purpose = Purpose.TRANSACTIONAL;

    /** Whether it waits for the recipient's texting window (quiet hours) when it falls due outside it. */
    @Column(name = "keeps_quiet_hours")
    private boolean keepsQuietHours;

    /** When the carrier took it (outbound). */
    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    /** When its status was read from the carrier's log, because its callbacks had not settled it by then. */
    @Column(name = "status_checked_at")
    private OffsetDateTime statusCheckedAt;

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
            int segments) {
        this.conversationId = conversation.id();
        this.lineId = conversation.lineId();
        this.direction = direction;
        this.kind = kind;
        this.body = body;
        this.createdAt = at;
        this.authorId = authorId;
        this.segments = segments;
        this.reviewed = direction != MessageDirection.INBOUND;
    }

    /** A text the carrier delivered to us: unreviewed until someone in the center has seen it. */
    static Message received(
            Conversation conversation,
            String carrierSid,
            MessageKind kind,
            String body,
            int segments,
            OffsetDateTime at) {
        Message message = new Message(conversation, MessageDirection.INBOUND, kind, body, at, null, segments);
        message.carrierSid = carrierSid;
        message.deliveryStatus = DeliveryStatus.RECEIVED;
        return message;
    }

    /** A text to send: QUEUED for the dispatcher, due at once. */
    static Message queued(Conversation conversation, OutboundText text, int segments, OffsetDateTime at) {
        Message message = outbound(conversation, text, segments, at);
        message.deliveryStatus = DeliveryStatus.QUEUED;
        message.nextAttemptAt = at;
        return message;
    }

    /** A text to send at {@code sendAt}: SCHEDULED until then, when the outbox takes it as it takes a QUEUED one. */
    static Message scheduled(
            Conversation conversation, OutboundText text, int segments, OffsetDateTime at, OffsetDateTime sendAt) {
        Message message = queued(conversation, text, segments, at);
        message.deliveryStatus = DeliveryStatus.SCHEDULED;
        message.nextAttemptAt = sendAt;
        return message;
    }

    /** An auto-responder's answer, QUEUED; remembers the responder (it answers a number at most once in a while). */
    static Message autoResponse(
            Conversation conversation, OutboundText text, int segments, OffsetDateTime at, long responderId) {
        Message message = queued(conversation, text, segments, at);
        message.responderId = responderId;
        return message;
    }

    void keepQuietHours() {
        keepsQuietHours = true;
    }

    void sentFor(Purpose why) {
        purpose = why;
    }

    public Purpose purpose() {
        return purpose;
    }

    public boolean keepsQuietHours() {
        return keepsQuietHours;
    }

    /** Due in the recipient's quiet hours: it keeps its status and goes when their texting window opens. */
    public void waitForTextingWindow(OffsetDateTime opens, String code, String reason) {
        nextAttemptAt = opens;
        errorCode = code;
        errorMessage = reason;
    }

    /** Marks a notification that must go out once only (e.g. per appointment and status). */
    void oncePer(String key) {
        notificationKey = key;
    }

    /** A text that will not be sent, recorded with the reason (e.g. the number opted out). */
    static Message skipped(
            Conversation conversation, OutboundText text, int segments, OffsetDateTime at, String reason) {
        Message message = outbound(conversation, text, segments, at);
        message.deliveryStatus = DeliveryStatus.SKIPPED;
        message.errorMessage = reason;
        return message;
    }

    private static Message outbound(Conversation conversation, OutboundText text, int segments, OffsetDateTime at) {
        return new Message(
                conversation, MessageDirection.OUTBOUND, text.kind(), text.body(), at, text.authorId(), segments);
    }

    /** An event or note inside the center, never sent. */
    static Message internal(
            Conversation conversation, MessageKind kind, String body, String authorId, OffsetDateTime at) {
        return new Message(conversation, MessageDirection.INTERNAL, kind, body, at, authorId, 0);
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

    public int attempts() {
        return attempts;
    }

    /** The carrier's id for it (its MessageSid), once the carrier took or delivered it. */
    public String carrierSid() {
        return carrierSid;
    }

    /** When it was handed to the carrier, while it is SENDING. */
    public OffsetDateTime sendingSince() {
        return sendingSince;
    }

    public DeliveryStatus deliveryStatus() {
        return deliveryStatus;
    }

    public void markReviewed(boolean isReviewed) {
        reviewed = isReviewed;
    }

    /** Due, but nothing can take it now: it stays QUEUED, with the reason shown. */
    public void waitFor(String code, String reason) {
        errorCode = code;
        errorMessage = reason;
    }

    /** Taken by a sender, who hands it to the carrier at {@code at} (the line's send slot); earlier reasons are past. */
    public void claimFor(OffsetDateTime at) {
        errorCode = null;
        errorMessage = null;
        deliveryStatus = DeliveryStatus.SENDING;
        sendingSince = at;
        attempts++;
    }

    /** Not handed to the carrier after all: back in the outbox as it was before it was claimed. */
    public void unclaim() {
        deliveryStatus = DeliveryStatus.QUEUED;
        sendingSince = null;
        attempts--;
    }

    /** The carrier took it {@code at}. */
    public void sent(String sid, OffsetDateTime at) {
        carrierSid = sid;
        moveTo(DeliveryStatus.SENT);
        sendingSince = null;
        sentAt = at;
    }

    /** Its status was read from the carrier's log {@code at}: it is not read again. */
    public void statusChecked(OffsetDateTime at) {
        statusCheckedAt = at;
    }

    /** Read back from the carrier's log too late for automatic answers; the center shows it. */
    void recoveredLate() {
        recoveredLate = true;
    }

    /** The carrier could not take it now: back to the outbox, due again at {@code at}. */
    public void retryAt(OffsetDateTime at, String reason) {
        deliveryStatus = DeliveryStatus.QUEUED;
        nextAttemptAt = at;
        sendingSince = null;
        errorMessage = reason;
    }

    /** Handed to the carrier without an answer: stays SENDING until the carrier's log says whether it took it. */
    public void awaitOutcome(String reason) {
        errorMessage = reason;
    }

    /** Given up, with the carrier's code (or the module's) and why. */
    public void fail(String code, String reason) {
        deliveryStatus = DeliveryStatus.FAILED;
        errorCode = code;
        errorMessage = reason;
        sendingSince = null;
        nextAttemptAt = null;
    }

    /** Not sent, and never will be, for a reason the module names by a code (e.g. NO_MARKETING_CONSENT). */
    public void skip(String code, String reason) {
        skip(reason);
        errorCode = code;
    }

    /** Not sent, and never will be. */
    public void skip(String reason) {
        deliveryStatus = DeliveryStatus.SKIPPED;
        errorMessage = reason;
        sendingSince = null;
        nextAttemptAt = null;
    }

    /** A carrier status report; ignored when it would move the status backwards. Returns whether it changed anything. */
    public boolean report(DeliveryStatus reported, String code) {
        if (deliveryStatus == null || !deliveryStatus.canMoveTo(reported)) {
            return false;
        }
        moveTo(reported);
        if (code != null && !code.isBlank()) {
            errorCode = code;
        }
        return true;
    }

    private void moveTo(DeliveryStatus next) {
        deliveryStatus = next;
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
                deliveryStatus,
                errorCode,
                errorMessage,
                recoveredLate,
                direction == MessageDirection.OUTBOUND ? purpose : null,
                deliveryStatus == DeliveryStatus.QUEUED || deliveryStatus == DeliveryStatus.SCHEDULED
                        ? nextAttemptAt
                        : null);
    }
}

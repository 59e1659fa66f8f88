package io.textcenter.messaging.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/**
 * Where one text stands on its way to the carrier and back, and the terms it goes on: the outbox's state machine, kept
 * in the text's own row so that a text and its state are written in one statement. The outbox and the dispatch
 * engine move it; the inbox only reads it.
 */
@Embeddable
public class Delivery {

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status")
    private DeliveryStatus status;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "error_message")
    private String errorMessage;

    /** The carrier's id for the text (its MessageSid), once the carrier took or delivered it. */
    @Column(name = "carrier_sid")
    private String carrierSid;

    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "sending_since")
    private OffsetDateTime sendingSince;

    @Enumerated(EnumType.STRING)
    private Purpose purpose = Purpose.TRANSACTIONAL;

    /** Whether it waits for the recipient's texting window (quiet hours) when it falls due outside it. */
    @Column(name = "keeps_quiet_hours")
    private boolean keepsQuietHours;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    /** When its status was read from the carrier's log, because its callbacks had not settled it by then. */
    @Column(name = "status_checked_at")
    private OffsetDateTime statusCheckedAt;

    protected Delivery() {
        // for JPA, and for an internal note, which is never sent
    }

    private Delivery(DeliveryStatus status) {
        this.status = status;
    }

    /** Nothing to deliver: an event or note inside the center. */
    public static Delivery none() {
        return new Delivery();
    }

    /** A text the carrier delivered to us. */
    public static Delivery received(String carrierSid) {
        Delivery delivery = new Delivery(DeliveryStatus.RECEIVED);
        delivery.carrierSid = carrierSid;
        return delivery;
    }

    /**
     * A text to send: QUEUED, due {@code at}. Its purpose decides the consent it needs; {@code keepsQuietHours}, whether
     * it waits for the recipient's texting window.
     */
    public static Delivery queued(OffsetDateTime at, Purpose purpose, boolean keepsQuietHours) {
        Delivery delivery = new Delivery(DeliveryStatus.QUEUED);
        delivery.nextAttemptAt = at;
        delivery.keep(purpose, keepsQuietHours);
        return delivery;
    }

    /** A text to send at {@code sendAt}: SCHEDULED until then, when the outbox takes it as it takes a QUEUED one. */
    public static Delivery scheduled(OffsetDateTime sendAt, Purpose purpose, boolean keepsQuietHours) {
        Delivery delivery = queued(sendAt, purpose, keepsQuietHours);
        delivery.status = DeliveryStatus.SCHEDULED;
        return delivery;
    }

    /** A text that will not be sent, with the reason (e.g. the number opted out). */
    public static Delivery skipped(String reason, Purpose purpose, boolean keepsQuietHours) {
        Delivery delivery = new Delivery(DeliveryStatus.SKIPPED);
        delivery.errorMessage = reason;
        delivery.keep(purpose, keepsQuietHours);
        return delivery;
    }

    private void keep(Purpose why, boolean waitsForTextingWindow) {
        purpose = why;
        keepsQuietHours = waitsForTextingWindow;
    }

    public DeliveryStatus status() {
        return status;
    }

    public String carrierSid() {
        return carrierSid;
    }

    public int attempts() {
        return attempts;
    }

    /** When it was handed to the carrier, while it is SENDING. */
    public OffsetDateTime sendingSince() {
        return sendingSince;
    }

    public Purpose purpose() {
        return purpose;
    }

    public boolean keepsQuietHours() {
        return keepsQuietHours;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    /** When a text still waiting (QUEUED or SCHEDULED) is due to go; empty for every other. */
    public OffsetDateTime dueAt() {
        return status == DeliveryStatus.QUEUED || status == DeliveryStatus.SCHEDULED ? nextAttemptAt : null;
    }

    /** Due in the recipient's quiet hours: it keeps its status and goes when their texting window opens. */
    public void waitForTextingWindow(OffsetDateTime opens, String code, String reason) {
        nextAttemptAt = opens;
        waitFor(code, reason);
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
        status = DeliveryStatus.SENDING;
        sendingSince = at;
        attempts++;
    }

    /** Not handed to the carrier after all: back in the outbox as it was before it was claimed. */
    public void unclaim() {
        status = DeliveryStatus.QUEUED;
        sendingSince = null;
        attempts--;
    }

    /** The carrier took it {@code at}. */
    public void sent(String sid, OffsetDateTime at) {
        carrierSid = sid;
        status = DeliveryStatus.SENT;
        sendingSince = null;
        sentAt = at;
    }

    /** Its status was read from the carrier's log {@code at}: it is not read again. */
    public void statusChecked(OffsetDateTime at) {
        statusCheckedAt = at;
    }

    /** The carrier could not take it now: back to the outbox, due again at {@code at}. */
    public void retryAt(OffsetDateTime at, String reason) {
        status = DeliveryStatus.QUEUED;
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
        errorCode = code;
        end(DeliveryStatus.FAILED, reason);
    }

    /** Not sent, and never will be, for a reason the module names by a code (e.g. NO_MARKETING_CONSENT). */
    public void skip(String code, String reason) {
        errorCode = code;
        end(DeliveryStatus.SKIPPED, reason);
    }

    /** Not sent, and never will be. */
    public void skip(String reason) {
        end(DeliveryStatus.SKIPPED, reason);
    }

    private void end(DeliveryStatus finalStatus, String reason) {
        status = finalStatus;
        errorMessage = reason;
        sendingSince = null;
        nextAttemptAt = null;
    }

    /** A carrier status report; ignored when it would move the status backwards. Returns whether it changed anything. */
    public boolean report(DeliveryStatus reported, String code) {
        if (status == null || !status.canMoveTo(reported)) {
            return false;
        }
        status = reported;
        if (code != null && !code.isBlank()) {
            errorCode = code;
        }
        return true;
    }
}

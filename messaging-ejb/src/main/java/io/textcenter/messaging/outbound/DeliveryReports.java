package io.textcenter.messaging.outbound;

import io.textcenter.messaging.carrier.CarrierReport;
import io.textcenter.messaging.carrier.LoggedStatus;
import io.textcenter.messaging.conversation.ConversationChanged;
import io.textcenter.messaging.conversation.Message;
import io.textcenter.messaging.delivery.DeliveryStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The carrier's status reports: delivery status only moves forward, whatever order the reports arrive in. A report for
 * a MessageSid no text has yet (the carrier reported before the outbox recorded what it took) is kept and applied once
 * that record lands, never dropped.
 */
@Stateless
public class DeliveryReports {

    /** A kept report that no text claims by then is not for this module. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<ConversationChanged> changed;

    @Inject
    private OutboxMetrics metrics;

    /** Applies a report to its text, or keeps it until the text's record lands; ignores statuses that say nothing. */
    public void report(String carrierSid, String carrierStatus, String errorCode) {
        Optional<DeliveryStatus> status = toDeliveryStatus(carrierStatus);
        if (status.isEmpty()) {
            return;
        }
        Optional<Message> message = em.createQuery(
                        "SELECT m FROM Message m WHERE m.delivery.carrierSid = :sid", Message.class)
                .setParameter("sid", carrierSid)
                .getResultStream()
                .findFirst();
        if (message.isPresent()) {
            apply(message.get(), status.get(), errorCode);
        } else {
            em.persist(new WaitingDeliveryReport(
                    carrierSid, status.get(), blankToNull(errorCode), OffsetDateTime.now(clock)));
        }
    }

    /** A report the carrier made through another path than the status callback (the sandbox carrier's). */
    public void reported(@Observes CarrierReport report) {
        report(report.carrierSid(), report.status(), report.errorCode());
    }

    /** Applies the kept reports of these texts, which have just been given their MessageSids, and forgets them. */
    public void applyWaiting(Collection<Message> recorded) {
        Map<String, Message> bySid = recorded.stream()
                .filter(message -> message.delivery().carrierSid() != null)
                .collect(Collectors.toMap(message -> message.delivery().carrierSid(), Function.identity()));
        if (bySid.isEmpty()) {
            return;
        }
        List<WaitingDeliveryReport> waiting = em.createQuery(
                        "SELECT r FROM WaitingDeliveryReport r WHERE r.carrierSid IN :sids",
                        WaitingDeliveryReport.class)
                .setParameter("sids", bySid.keySet())
                .getResultList();
        applyAndForget(waiting, bySid);
    }

    /**
     * Applies kept reports whose texts were recorded meanwhile (a report and its text's record committed at the same
     * moment, neither seeing the other), and forgets those older than {@link #KEPT_FOR}. Run by the outbox sweep.
     */
    public void applyWaiting() {
        List<WaitingDeliveryReport> matched = em.createQuery(
                        "SELECT r FROM WaitingDeliveryReport r WHERE EXISTS"
                                + " (SELECT m.id FROM Message m WHERE m.delivery.carrierSid = r.carrierSid)",
                        WaitingDeliveryReport.class)
                .getResultList();
        if (!matched.isEmpty()) {
            Map<String, Message> bySid = em.createQuery(
                            "SELECT m FROM Message m WHERE m.delivery.carrierSid IN :sids", Message.class)
                    .setParameter(
                            "sids",
                            matched.stream()
                                    .map(WaitingDeliveryReport::carrierSid)
                                    .distinct()
                                    .toList())
                    .getResultStream()
                    .collect(Collectors.toMap(message -> message.delivery().carrierSid(), Function.identity()));
            applyAndForget(matched, bySid);
        }
        em.createQuery("DELETE FROM WaitingDeliveryReport r WHERE r.receivedAt < :before")
                .setParameter("before", OffsetDateTime.now(clock).minus(KEPT_FOR))
                .executeUpdate();
    }

    /**
     * Sent texts that no final status reached within a while of being sent ({@code sentBefore}), and whose status was
     * not read from the carrier's log yet: their MessageSids, the longest waiting first, at most {@code max}.
     */
    public List<String> unsettledSentBefore(OffsetDateTime sentBefore, int max) {
        return em.createQuery(
                        "SELECT m.delivery.carrierSid FROM Message m WHERE m.delivery.status = :sent AND m.delivery.statusCheckedAt IS NULL"
                                + " AND m.delivery.sentAt < :before ORDER BY m.delivery.sentAt",
                        String.class)
                .setParameter("sent", DeliveryStatus.SENT)
                .setParameter("before", sentBefore)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * What the carrier's log says of a text whose callbacks never settled it, applied as its report would have been;
     * the text's status is not read from the log again. Returns whether the text's status changed.
     */
    public boolean settleFromLog(String carrierSid, Optional<LoggedStatus> logged) {
        Optional<Message> message = em.createQuery(
                        "SELECT m FROM Message m WHERE m.delivery.carrierSid = :sid", Message.class)
                .setParameter("sid", carrierSid)
                .getResultStream()
                .findFirst();
        if (message.isEmpty()) {
            return false;
        }
        message.get().delivery().statusChecked(OffsetDateTime.now(clock));
        Optional<DeliveryStatus> status = logged.flatMap(log -> toDeliveryStatus(log.status()));
        return status.isPresent()
                && apply(message.get(), status.get(), logged.get().errorCode());
    }

    /** Reports kept now, waiting for their texts' records. */
    public long waitingCount() {
        return em.createQuery("SELECT COUNT(r) FROM WaitingDeliveryReport r", Long.class)
                .getSingleResult();
    }

    private void applyAndForget(List<WaitingDeliveryReport> reports, Map<String, Message> bySid) {
        for (WaitingDeliveryReport report : reports) {
            apply(bySid.get(report.carrierSid()), report.status(), report.errorCode());
            em.remove(report);
        }
    }

    /** Whether the report changed the text's status. */
    private boolean apply(Message message, DeliveryStatus status, String errorCode) {
        metrics.reportApplied();
        if (message.delivery().report(status, errorCode)) {
            changed.fire(new ConversationChanged(message.conversationId()));
            return true;
        }
        return false;
    }

    /** Twilio's message statuses; the ones before "delivered" all mean the carrier has the text (our SENT). */
    static Optional<DeliveryStatus> toDeliveryStatus(String carrierStatus) {
        return switch (carrierStatus == null ? "" : carrierStatus.toLowerCase(Locale.ROOT)) {
            case "accepted", "scheduled", "queued", "sending", "sent" -> Optional.of(DeliveryStatus.SENT);
            case "delivered", "read" -> Optional.of(DeliveryStatus.DELIVERED);
            case "undelivered" -> Optional.of(DeliveryStatus.UNDELIVERED);
            case "failed", "canceled" -> Optional.of(DeliveryStatus.FAILED);
            default -> Optional.empty();
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

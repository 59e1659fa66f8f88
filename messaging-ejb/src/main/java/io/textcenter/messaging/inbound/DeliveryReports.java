package io.textcenter.messaging.inbound;

import io.textcenter.messaging.conversation.DeliveryStatus;
import io.textcenter.messaging.conversation.Message;
import io.textcenter.messaging.conversation.ConversationChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/** The carrier's status callbacks: delivery status only moves forward, whatever order the callbacks arrive in. */
@Stateless
public class DeliveryReports {

    private static final Logger LOG = Logger.getLogger(DeliveryReports.class.getName());

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private Event<ConversationChanged> changed;

    /** Applies a report; false when no message has this SID. */
    public boolean report(String carrierSid, String carrierStatus, String errorCode) {
        Optional<Message> message = em.createQuery("SELECT m FROM Message m WHERE m.carrierSid = :sid", Message.class)
                .setParameter("sid", carrierSid).getResultStream().findFirst();
        if (message.isEmpty()) {
            LOG.info(() -> "Status " + carrierStatus + " for unknown message " + carrierSid + " ignored");
            return false;
        }
        toDeliveryStatus(carrierStatus).filter(status -> message.get().report(status, errorCode))
                .ifPresent(status -> changed.fire(new ConversationChanged(message.get().conversationId())));
        return true;
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
}

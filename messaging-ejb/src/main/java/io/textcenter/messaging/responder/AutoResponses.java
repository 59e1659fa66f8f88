package io.textcenter.messaging.responder;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.ConversationData;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.directory.AppointmentService;
import io.textcenter.messaging.outbound.Outbox;
import io.textcenter.messaging.template.Composed;
import io.textcenter.messaging.template.Composer;
import io.textcenter.messaging.template.MergeContext;
import io.textcenter.messaging.template.MergeContexts;
import io.textcenter.messaging.validation.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Answers a received text with the matching auto-responder, through the outbox, in the receiving transaction. A
 * responder answers the same number at most once per 10 minutes, so two bots cannot keep each other talking.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AutoResponses {

    static final Duration QUIET_PERIOD = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(AutoResponses.class.getName());

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    RecentResponders responders;

    @Inject
    AppointmentService appointments;

    @Inject
    MergeContexts contexts;

    @Inject
    Composer composer;

    @Inject
    Outbox outbox;

    @Inject
    Conversations conversations;

    @Inject
    AnsweredInTransaction answeredInTransaction;

    /** Queues the answer, if a responder matches; returns whether one did. */
    public boolean answer(
            Conversation conversation, ConversationData data, String text, boolean firstMessage, OffsetDateTime now) {
        List<AutoResponderData> candidates = new ArrayList<>(responders.all());
        while (true) {
            Optional<AutoResponderData> chosen =
                    ResponderChoice.choose(candidates, data.lineId(), text, firstMessage, now.toInstant());
            if (chosen.isEmpty()) {
                return false;
            }
            AutoResponderData responder = chosen.get();
            Optional<AppointmentData> confirmed = Optional.empty();
            if (responder.type() == AutoResponderType.APPOINTMENT_CONFIRMATION) {
                confirmed = data.customerId() == null ? Optional.empty() : appointments.nextFor(data.customerId(), now);
                if (confirmed.isEmpty()) {
                    LOG.info(() -> "A confirmation from " + PhoneNumbers.masked(data.externalNumber())
                            + " found no upcoming appointment to confirm");
                    candidates.remove(responder);
                    continue;
                }
                appointments.confirmViaSms(confirmed.get().id());
                conversations.tieToAppointment(conversation, confirmed.get().id());
            }
            long responderId = Long.parseLong(responder.id());
            if (answeredRecently(responderId, data.externalNumber(), now)) {
                return true;
            }
            MergeContext context = contexts.of(data);
            if (confirmed.isPresent()) {
                context = contexts.with(context, confirmed.get());
            }
            Composed reply =
                    composer.compose(responder.message(), responder.includeVCard(), responder.imageUrls(), context);
            outbox.queueAutoResponse(conversation, reply.text().body(), reply.media(), responderId);
            answeredInTransaction.add(responderId, data.externalNumber());
            return true;
        }
    }

    /**
     * Not flushing keeps a group of received texts' writes for one batch at its commit; the answers this transaction
     * queued, which the query therefore cannot see, are remembered instead.
     */
    private boolean answeredRecently(long responderId, String number, OffsetDateTime now) {
        return answeredInTransaction.contains(responderId, number)
                || em.createQuery(
                                        "SELECT COUNT(m) FROM Message m, Conversation c WHERE c.id = m.conversationId"
                                                + " AND c.externalNumber = :number AND m.responderId = :responder AND m.kind = :kind AND m.createdAt > :since",
                                        Long.class)
                                .setParameter("number", number)
                                .setParameter("responder", responderId)
                                .setParameter("kind", MessageKind.AUTO_RESPONSE)
                                .setParameter("since", now.minus(QUIET_PERIOD))
                                .setFlushMode(FlushModeType.COMMIT)
                                .getSingleResult()
                        > 0;
    }
}

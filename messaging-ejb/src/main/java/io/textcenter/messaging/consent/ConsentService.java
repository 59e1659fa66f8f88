package io.textcenter.messaging.consent;

import io.textcenter.messaging.validation.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Who may be texted. A number that opted out (STOP and its synonyms, or carrier error 21610) is never texted from any
 * line until it opts in again (START, YES, UNSTOP).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentService {

    private static final Logger LOG = Logger.getLogger(ConsentService.class.getName());

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private Clock clock;

    public boolean isOptedOut(String phoneNumber) {
        return em.find(OptOut.class, phoneNumber) != null;
    }

    /** Those of these numbers that opted out. */
    public Set<String> optedOutAmong(Collection<String> phoneNumbers) {
        return phoneNumbers.isEmpty()
                ? Set.of()
                : Set.copyOf(em.createQuery(
                                "SELECT o.phoneNumber FROM OptOut o WHERE o.phoneNumber IN :numbers", String.class)
                        .setParameter("numbers", phoneNumbers)
                        .getResultList());
    }

    public void optOut(String phoneNumber, String source) {
        if (!isOptedOut(phoneNumber)) {
            em.persist(new OptOut(phoneNumber, OffsetDateTime.now(clock), source));
            LOG.info(() -> "Opted out " + PhoneNumbers.masked(phoneNumber) + " (" + source + ")");
        }
    }

    public void optIn(String phoneNumber) {
        OptOut optOut = em.find(OptOut.class, phoneNumber);
        if (optOut != null) {
            em.remove(optOut);
            LOG.info(() -> "Opted in " + PhoneNumbers.masked(phoneNumber));
        }
    }
}

package io.textcenter.messaging.reconciliation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Which instance reads the carrier's log this turn: a lease on the one {@link LogReading} row for most of an interval,
 * taken with a conditional update so that two instances never both get it. Each step commits on its own, so no
 * transaction stays open while the carrier answers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconciliationLease {

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    /** The lease, held until {@code until}: empty when another instance holds one that has not run out. */
    public Optional<Held> acquire(String instance, Instant now, Instant until) {
        int taken = em.createQuery("UPDATE LogReading r SET r.leasedBy = :instance, r.leasedUntil = :until"
                        + " WHERE r.id = :id AND (r.leasedUntil IS NULL OR r.leasedUntil < :now)")
                .setParameter("instance", instance)
                .setParameter("until", utc(until))
                .setParameter("now", utc(now))
                .setParameter("id", LogReading.THE_ONE)
                .executeUpdate();
        if (taken == 0) {
            return Optional.empty();
        }
        OffsetDateTime readUpTo = em.find(LogReading.class, LogReading.THE_ONE).readUpTo();
        return Optional.of(new Held(readUpTo == null ? null : readUpTo.toInstant()));
    }

    /**
     * Records a complete reading: the log counts as read up to {@code readUpTo}. The lease is kept until it runs out,
     * so that the other instances skip this turn. A reading that outlived its lease records nothing (another instance
     * may have read meanwhile); the next one reads from where the last recorded one ended.
     */
    public void readUpTo(String instance, Instant readUpTo) {
        em.createQuery("UPDATE LogReading r SET r.readUpTo = :readUpTo WHERE r.id = :id AND r.leasedBy = :instance")
                .setParameter("readUpTo", utc(readUpTo))
                .setParameter("id", LogReading.THE_ONE)
                .setParameter("instance", instance)
                .executeUpdate();
    }

    /** @param readUpTo up to when the log was read; null before the first reading */
    public record Held(Instant readUpTo) {}

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

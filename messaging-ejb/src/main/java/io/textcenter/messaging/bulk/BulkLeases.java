package io.textcenter.messaging.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which instance runs a bulk send's job: it holds the send's lease, renewed with every chunk; past the lease, with the
 * job unfinished, the instance is taken for dead and another one runs the send again. The lease is written with plain
 * SQL: a JPQL bulk update raises the send's version, and a job renews its lease while the launch, resume or stop of the
 * same send may still be committing its own change to it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BulkLeases {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "messaging.bulk.lease")
    Duration lease;

    /** A lease taken now ends then. */
    OffsetDateTime end() {
        return OffsetDateTime.now(clock).plus(lease);
    }

    /** Takes over the lease of a send whose holder let it run out; false when another instance took it first. */
    boolean takeOverExpired(long bulkSendId) {
        return em.createNativeQuery("UPDATE bulk_send SET lease_until = ?1 WHERE id = ?2 AND lease_until < ?3")
                        .setParameter(1, end())
                        .setParameter(2, bulkSendId)
                        .setParameter(3, OffsetDateTime.now(clock))
                        .executeUpdate()
                == 1;
    }

    /** With every chunk: the instance running the job is alive and still sending. */
    void renew(long bulkSendId) {
        em.createNativeQuery("UPDATE bulk_send SET lease_until = ?1 WHERE id = ?2 AND lease_until IS NOT NULL")
                .setParameter(1, end())
                .setParameter(2, bulkSendId)
                .executeUpdate();
    }

    /** When a run ends, however it ends: nobody needs to take the send over. */
    void release(long bulkSendId) {
        em.createNativeQuery("UPDATE bulk_send SET lease_until = NULL WHERE id = ?1")
                .setParameter(1, bulkSendId)
                .executeUpdate();
    }
}

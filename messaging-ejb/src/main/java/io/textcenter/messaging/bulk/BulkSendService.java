package io.textcenter.messaging.bulk;

import io.textcenter.messaging.api.ConflictException;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.outbound.Outbox;
import io.textcenter.messaging.persistence.EntityIds;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Bulk sends run, watched, stopped and restarted: each run is a job of the server's Jakarta Batch runtime, held by the
 * instance running it ({@link BulkLeases}), and run again elsewhere when that instance stops mid-send.
 */
@Stateless
public class BulkSendService {

    static final String STOPPED = "the bulk send was stopped before this text left";

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private BulkJobs jobs;

    @Inject
    private BulkLeases leases;

    @Inject
    private BulkProgress progress;

    /** Starts a run of the send's job on this instance (after the send is committed, so the job can read it). */
    public BulkSendData launch(String bulkSendId) {
        BulkSend send = entity(bulkSendId);
        run(send);
        return progress.of(send);
    }

    /**
     * Stops the job and takes the send's texts that have not left yet out of the outbox (a restart queues them again).
     * The send's row is locked first: a chunk being queued is waited for, and its texts are taken out too; a chunk
     * that comes after finds the send stopped. The texts are locked as well: one the outbox is claiming meanwhile is
     * waited for and, being on its way, left alone.
     */
    public BulkSendData stop(String bulkSendId) {
        BulkSend send = EntityIds.parse(bulkSendId)
                .map(key -> em.find(BulkSend.class, key, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("Bulk send", bulkSendId));
        if (send.jobExecutionId() != null) {
            jobs.stop(send.jobExecutionId());
        }
        send.stop();
        List<BulkRecipient> waiting = em.createQuery(
                        "SELECT r FROM BulkRecipient r, Message m WHERE m.id = r.messageId"
                                + " AND r.bulkSendId = :id AND m.delivery.status IN :waiting",
                        BulkRecipient.class)
                .setParameter("id", send.id())
                .setParameter("waiting", Outbox.WAITING)
                .getResultList();
        Set<Long> withdrawn =
                outbox.withdraw(waiting.stream().map(BulkRecipient::messageId).toList(), STOPPED);
        waiting.stream()
                .filter(recipient -> withdrawn.contains(recipient.messageId()))
                .forEach(em::remove);
        return progress.of(send);
    }

    /** A new run of a stopped or failed send: every recipient not texted yet is, nobody twice. */
    public BulkSendData restart(String bulkSendId) {
        BulkSend send = entity(bulkSendId);
        BulkSendStatus status = progress.of(send).status();
        boolean running = status == BulkSendStatus.STARTING
                || status == BulkSendStatus.STARTED
                || status == BulkSendStatus.STOPPING;
        if (running && send.leasedAt(OffsetDateTime.now(clock))) {
            throw new ConflictException("bulk send " + bulkSendId + " is " + status + "; stop it first");
        }
        run(send);
        return progress.of(send);
    }

    /**
     * Runs again, on this instance, the sends whose job's instance stopped while running it (its lease ran out). Each
     * is taken by one instance only; per-recipient keys make the new run text only those not texted yet.
     */
    public int resumeAbandoned() {
        int resumed = 0;
        for (BulkSend send : em.createNamedQuery(BulkSend.ABANDONED, BulkSend.class)
                .setParameter("now", OffsetDateTime.now(clock))
                .getResultList()) {
            if (leases.takeOverExpired(send.id())) {
                run(send);
                resumed++;
            }
        }
        return resumed;
    }

    /** Called when a run ends, however it ends: nobody needs to take the send over. */
    public void releaseLease(long bulkSendId) {
        leases.release(bulkSendId);
    }

    /**
     * Starts a run of the send's job. The send is written as running first, which locks its row until this transaction
     * commits: the job's first chunk waits for that instead of finding a restarted send still stopped.
     */
    private void run(BulkSend send) {
        send.resume(leases.end());
        em.flush();
        send.ranAs(jobs.start(send.kind(), send.id()));
    }

    public BulkSendData get(String bulkSendId) {
        return progress.of(entity(bulkSendId));
    }

    public Optional<BulkSendData> find(String bulkSendId) {
        return EntityIds.parse(bulkSendId)
                .map(key -> em.find(BulkSend.class, key))
                .map(progress::of);
    }

    public List<BulkSendData> all() {
        return progress.of(em.createNamedQuery(BulkSend.ALL, BulkSend.class).getResultList());
    }

    private BulkSend entity(String id) {
        return EntityIds.parse(id)
                .map(key -> em.find(BulkSend.class, key))
                .orElseThrow(() -> new NotFoundException("Bulk send", id));
    }
}

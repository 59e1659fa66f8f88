package io.textcenter.messaging.bulk;

import io.textcenter.messaging.delivery.DeliveryStatus;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where bulk sends stand: their recipients counted by their texts' delivery status (one query for all the sends asked
 * about), and their jobs' status.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BulkProgress {

    private static final Set<DeliveryStatus> SENT = EnumSet.of(DeliveryStatus.SENT, DeliveryStatus.DELIVERED);
    private static final Set<DeliveryStatus> FAILED = EnumSet.of(DeliveryStatus.FAILED, DeliveryStatus.UNDELIVERED);
    private static final Set<DeliveryStatus> PENDING =
            EnumSet.of(DeliveryStatus.SCHEDULED, DeliveryStatus.QUEUED, DeliveryStatus.SENDING);

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private BulkJobs jobs;

    BulkSendData of(BulkSend send) {
        return of(List.of(send)).get(0);
    }

    /** Where these sends stand: their recipients are counted by their texts' delivery status, in one query for all. */
    List<BulkSendData> of(List<BulkSend> sends) {
        Map<Long, Map<DeliveryStatus, Integer>> recipientsByStatus = new HashMap<>();
        if (!sends.isEmpty()) {
            for (Object[] row : em.createQuery(
                            "SELECT r.bulkSendId, m.delivery.status, COUNT(r) FROM BulkRecipient r LEFT JOIN Message m ON m.id = r.messageId"
                                    + " WHERE r.bulkSendId IN :ids GROUP BY r.bulkSendId, m.delivery.status",
                            Object[].class)
                    .setParameter("ids", sends.stream().map(BulkSend::id).toList())
                    .getResultList()) {
                // a recipient skipped before a text was written for them (gone, no mobile) has no message
                DeliveryStatus status = row[1] == null ? DeliveryStatus.SKIPPED : (DeliveryStatus) row[1];
                recipientsByStatus
                        .computeIfAbsent((Long) row[0], id -> new EnumMap<>(DeliveryStatus.class))
                        .merge(status, ((Number) row[2]).intValue(), Integer::sum);
            }
        }
        return sends.stream()
                .map(send -> of(send, recipientsByStatus.getOrDefault(send.id(), Map.of())))
                .toList();
    }

    private BulkSendData of(BulkSend send, Map<DeliveryStatus, Integer> recipientsByStatus) {
        int sent = count(recipientsByStatus, SENT);
        int skipped = count(recipientsByStatus, EnumSet.of(DeliveryStatus.SKIPPED));
        int failed = count(recipientsByStatus, FAILED);
        boolean pending = count(recipientsByStatus, PENDING) > 0;
        Long execution = send.jobExecutionId();
        BatchStatus job = execution == null ? BatchStatus.STARTING : jobs.status(execution);
        BulkSendStatus status = BulkSendStatus.of(job, pending, send.stopped());
        OffsetDateTime ended = status == BulkSendStatus.COMPLETED
                        || status == BulkSendStatus.STOPPED
                        || status == BulkSendStatus.FAILED
                ? jobs.endedAt(execution).orElse(null)
                : null;
        return new BulkSendData(
                send.apiId(),
                send.kind(),
                status,
                send.recipientIds().size(),
                sent,
                skipped,
                failed,
                send.createdAt(),
                send.sendAt(),
                ended,
                execution);
    }

    private static int count(Map<DeliveryStatus, Integer> recipientsByStatus, Set<DeliveryStatus> statuses) {
        return statuses.stream()
                .mapToInt(status -> recipientsByStatus.getOrDefault(status, 0))
                .sum();
    }
}

package io.textcenter.messaging.outbound;

import io.textcenter.messaging.delivery.DeliveryStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How much the outbox holds, per line, read in one query for the operators' gauges. */
@Stateless
public class OutboxBacklog {

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    private DeliveryReports reports;

    /**
     * The backlog of every line.
     *
     * @param lineIds        every line, also those with nothing queued
     * @param queued         QUEUED texts by line id (lines with none are absent)
     * @param oldestDue      the due time of each line's oldest due text (lines with none are absent)
     * @param reportsWaiting status reports kept until their texts' records land
     */
    public record Snapshot(
            Set<Long> lineIds, Map<Long, Long> queued, Map<Long, Instant> oldestDue, long reportsWaiting) {

        /** Seconds since the line's oldest due text fell due; 0 when none is due. */
        public double oldestDueAge(long lineId, Instant now) {
            Instant due = oldestDue.get(lineId);
            return due == null ? 0 : Math.max(0, Duration.between(due, now).toMillis() / 1000.0);
        }
    }

    public Snapshot read() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Long, Long> queued = new HashMap<>();
        Map<Long, Instant> oldestDue = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                        "SELECT m.lineId, COUNT(m), MIN(m.delivery.nextAttemptAt) FROM Message m"
                                + " WHERE m.delivery.status = :queued GROUP BY m.lineId",
                        Object[].class)
                .setParameter("queued", DeliveryStatus.QUEUED)
                .getResultList();
        for (Object[] row : rows) {
            long lineId = ((Number) row[0]).longValue();
            queued.put(lineId, ((Number) row[1]).longValue());
            OffsetDateTime due = (OffsetDateTime) row[2];
            if (due != null && !due.isAfter(now)) {
                oldestDue.put(lineId, due.toInstant());
            }
        }
        Set<Long> lineIds = Set.copyOf(
                em.createQuery("SELECT l.id FROM SenderLine l", Long.class).getResultList());
        return new Snapshot(lineIds, queued, oldestDue, reports.waitingCount());
    }
}

package io.textcenter.messaging.bulk;

import jakarta.batch.runtime.BatchStatus;

/**
 * Where a bulk send stands: its job's status, except that a job which queued everyone counts as STARTED until every
 * text has left the outbox (sending is paced by the line's rate, so that can take hours), and a send someone stopped
 * is STOPPED once its job is no longer running.
 */
public enum BulkSendStatus {
    STARTING,
    STARTED,
    STOPPING,
    STOPPED,
    COMPLETED,
    FAILED,
    ABANDONED;

    static BulkSendStatus of(BatchStatus job, boolean stillSending, boolean stoppedByUser) {
        if (stoppedByUser && job != BatchStatus.STOPPING && job != BatchStatus.STARTED && job != BatchStatus.STARTING) {
            return STOPPED;
        }
        if (job == BatchStatus.COMPLETED && stillSending) {
            return STARTED;
        }
        return valueOf(job.name());
    }
}

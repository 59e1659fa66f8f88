package io.textcenter.messaging.bulk;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;

/**
 * The server's Jakarta Batch runtime, as bulk sends use it: one job execution per run, parameter bulkSendId. Called
 * outside the caller's transaction: the runtime keeps its job repository itself (on PostgreSQL even its table
 * creation is transactional, and a caller's rollback would take it away).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkJobs {

    public static final String BULK_SEND_ID = "bulkSendId";

    public long start(BulkSendKind kind, long bulkSendId) {
        Properties parameters = new Properties();
        parameters.setProperty(BULK_SEND_ID, Long.toString(bulkSendId));
        return operator().start(kind.jobName(), parameters);
    }

    /** Asks a running execution to stop after its current chunk; false when it was not running. */
    public boolean stop(long executionId) {
        try {
            operator().stop(executionId);
            return true;
        } catch (JobExecutionNotRunningException notRunning) {
            return false;
        }
    }

    public BatchStatus status(long executionId) {
        return operator().getJobExecution(executionId).getBatchStatus();
    }

    public Optional<OffsetDateTime> endedAt(long executionId) {
        JobExecution execution = operator().getJobExecution(executionId);
        return Optional.ofNullable(execution.getEndTime())
                .map(end -> end.toInstant().atOffset(ZoneOffset.UTC));
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}

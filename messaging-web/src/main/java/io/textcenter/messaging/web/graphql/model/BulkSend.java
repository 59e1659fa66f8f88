package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.bulk.BulkSendData;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code BulkSend}: STARTED until every text has left the outbox; counts move while it runs. */
public record BulkSend(
        @NonNull @Id String id,
        @NonNull BulkSendKind kind,
        @NonNull BulkSendStatus status,
        int total,
        int sent,
        int skipped,
        int failed,
        OffsetDateTime startedAt,

        @Description("When its texts go out (SCHEDULED until then); null: at once")
        OffsetDateTime sendAt,

        OffsetDateTime endedAt,

        @Description("The latest Jakarta Batch job execution of this send (asadmin list-batch-job-executions)")
        Long jobExecutionId) {

    public static BulkSend of(BulkSendData data) {
        return new BulkSend(
                data.id(),
                Mirror.of(data.kind(), BulkSendKind.class),
                Mirror.of(data.status(), BulkSendStatus.class),
                data.total(),
                data.sent(),
                data.skipped(),
                data.failed(),
                data.startedAt(),
                data.sendAt(),
                data.endedAt(),
                data.jobExecutionId());
    }
}

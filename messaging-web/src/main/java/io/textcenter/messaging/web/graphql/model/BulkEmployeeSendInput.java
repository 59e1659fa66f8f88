package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.bulk.BulkSendRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code BulkEmployeeSendInput}. */
@Input("BulkEmployeeSendInput")
public record BulkEmployeeSendInput(
        @NonNull @Id List<@NonNull String> employeeIds,
        @NonNull @Id String lineId,
        @Id String templateId,
        String body,

        @Description("Start later: the texts are SCHEDULED until then; a time in the past is a validation error")
        OffsetDateTime sendAt) {

    public BulkSendRequest toRequest(String authorLoginId) {
        return new BulkSendRequest(lineId, templateId, body, false, sendAt, authorLoginId);
    }
}

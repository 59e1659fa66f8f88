package io.textcenter.messaging.web.graphql.model;

import io.smallrye.graphql.api.Nullable;
import io.textcenter.messaging.bulk.BulkSendRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code BulkCustomerSendInput}: the listed appointments' customers, or else a day's (tomorrow by default). */
@Input("BulkCustomerSendInput")
public record BulkCustomerSendInput(
        LocalDate date,
        @Nullable @Id List<@NonNull String> appointmentIds,
        @NonNull @Id String lineId,
        @Id String templateId,
        String body,

        @Description("A marketing send: texted only to numbers with marketing consent; left out: no")
        Boolean marketing,

        @Description("Start later: the texts are SCHEDULED until then; a time in the past is a validation error")
        OffsetDateTime sendAt) {

    public BulkSendRequest toRequest(String authorLoginId) {
        return new BulkSendRequest(lineId, templateId, body, Boolean.TRUE.equals(marketing), sendAt, authorLoginId);
    }
}

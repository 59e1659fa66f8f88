package io.textcenter.messaging.web.graphql.model;

import io.smallrye.graphql.api.Nullable;
import java.time.LocalDate;
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
        Boolean marketing) {}

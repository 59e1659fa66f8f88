package io.textcenter.messaging.web.graphql.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code BulkEmployeeSendInput}. */
@Input("BulkEmployeeSendInput")
public record BulkEmployeeSendInput(
        @NonNull @Id List<@NonNull String> employeeIds,
        @NonNull @Id String lineId,
        @Id String templateId,
        String body) {}

package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.api.EmployeeData;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code EmployeeInput}: no id creates an employee. */
@Input("EmployeeInput")
public record EmployeeInput(
        @Id String id,
        @NonNull String name,
        String mobile,
        String loginId,
        @DefaultValue("false") Boolean textMessagingRole) {

    public EmployeeData toData() {
        return new EmployeeData(id, name, mobile, loginId, Boolean.TRUE.equals(textMessagingRole));
    }
}

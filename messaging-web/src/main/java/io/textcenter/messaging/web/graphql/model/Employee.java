package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.api.EmployeeData;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Employee}. */
public record Employee(
        @NonNull @Id String id, @NonNull String name, String mobile, String loginId, boolean textMessagingRole) {

    public static Employee of(EmployeeData data) {
        return new Employee(data.id(), data.name(), data.mobile(), data.loginId(), data.textMessagingRole());
    }
}

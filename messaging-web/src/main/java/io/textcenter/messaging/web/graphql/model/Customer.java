package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.api.CustomerData;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Customer}. */
public record Customer(@NonNull @Id String id, @NonNull String name, String mobile) {

    public static Customer of(CustomerData data) {
        return new Customer(data.id(), data.name(), data.mobile());
    }
}

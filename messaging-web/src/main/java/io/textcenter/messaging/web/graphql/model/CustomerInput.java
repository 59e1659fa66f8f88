package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.api.CustomerData;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code CustomerInput}: no id creates a customer. */
@Input("CustomerInput")
public record CustomerInput(@Id String id, @NonNull String name, String mobile) {

    public CustomerData toData() {
        return new CustomerData(id, name, mobile);
    }
}

package io.textcenter.messaging.persistence;

import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.CustomerDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A customer directory that knows nobody, for component tests of the core's queries. */
public final class NoCustomers implements CustomerDirectory {
    @Override
    public Optional<CustomerData> find(String id) {
        return Optional.empty();
    }

    @Override
    public List<CustomerData> findAll(Collection<String> ids) {
        return List.of();
    }

    @Override
    public List<CustomerData> findByMobile(String mobile) {
        return List.of();
    }

    @Override
    public List<CustomerData> findByName(String fragment, int limit) {
        return List.of();
    }

    @Override
    public CustomerData save(CustomerData customer) {
        throw new UnsupportedOperationException("a component test writes no customers");
    }
}

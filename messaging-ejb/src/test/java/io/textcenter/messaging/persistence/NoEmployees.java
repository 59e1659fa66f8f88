package io.textcenter.messaging.persistence;

import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** An employee directory that knows nobody, for component tests of the core's queries. */
public final class NoEmployees implements EmployeeDirectory {
    @Override
    public Optional<EmployeeData> find(String id) {
        return Optional.empty();
    }

    @Override
    public List<EmployeeData> findAll(Collection<String> ids) {
        return List.of();
    }

    @Override
    public Optional<EmployeeData> findByLoginId(String loginId) {
        return Optional.empty();
    }

    @Override
    public List<EmployeeData> all() {
        return List.of();
    }

    @Override
    public List<EmployeeData> findByMobile(String mobile) {
        return List.of();
    }

    @Override
    public EmployeeData save(EmployeeData employee) {
        throw new UnsupportedOperationException("a component test writes no employees");
    }
}

package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The standalone employee directory, in the module's own tables. Reads join the caller's transaction or need none; a save has one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaEmployeeDirectory implements EmployeeDirectory {

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Override
    public Optional<EmployeeData> find(String id) {
        return JpaRows.find(em, Employee.class, id).map(Employee::toData);
    }

    @Override
    public List<EmployeeData> all() {
        return em.createNamedQuery(Employee.ALL, Employee.class)
                .getResultStream()
                .map(Employee::toData)
                .toList();
    }

    @Override
    public List<EmployeeData> findAll(Collection<String> ids) {
        return JpaRows.findAll(em, Employee.BY_IDS, Employee.class, ids).stream()
                .map(Employee::toData)
                .toList();
    }

    @Override
    public Optional<EmployeeData> findByLoginId(String loginId) {
        return em.createNamedQuery(Employee.BY_LOGIN_ID, Employee.class)
                .setParameter("loginId", loginId)
                .getResultStream()
                .findFirst()
                .map(Employee::toData);
    }

    @Override
    public List<EmployeeData> findByMobile(String mobile) {
        return em.createNamedQuery(Employee.BY_MOBILE, Employee.class)
                .setParameter("mobile", mobile)
                .getResultStream()
                .map(Employee::toData)
                .toList();
    }

    @Override
    public List<EmployeeData> findByMobiles(Collection<String> mobiles) {
        return mobiles.isEmpty()
                ? List.of()
                : em.createNamedQuery(Employee.BY_MOBILES, Employee.class)
                        .setParameter("mobiles", Set.copyOf(mobiles))
                        .getResultStream()
                        .map(Employee::toData)
                        .toList();
    }

    @Override
    @Transactional
    public EmployeeData save(EmployeeData data) {
        Employee employee;
        if (data.id() == null) {
            employee = new Employee(data);
            em.persist(employee);
        } else {
            employee = JpaRows.get(em, Employee.class, data.id());
            employee.update(data);
        }
        em.flush();
        return employee.toData();
    }
}

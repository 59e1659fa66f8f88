package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.CustomerDirectory;
import io.textcenter.messaging.persistence.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The standalone customer directory, in the module's own tables. Reads join the caller's transaction or need none; a save has one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCustomerDirectory implements CustomerDirectory {

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Override
    public Optional<CustomerData> find(String id) {
        return JpaRows.find(em, Customer.class, id).map(Customer::toData);
    }

    @Override
    public List<CustomerData> findAll(Collection<String> ids) {
        return JpaRows.findAll(em, Customer.BY_IDS, Customer.class, ids).stream()
                .map(Customer::toData)
                .toList();
    }

    @Override
    public List<CustomerData> findByMobile(String mobile) {
        return em.createNamedQuery(Customer.BY_MOBILE, Customer.class)
                .setParameter("mobile", mobile)
                .getResultStream()
                .map(Customer::toData)
                .toList();
    }

    @Override
    public List<CustomerData> findByMobiles(Collection<String> mobiles) {
        return mobiles.isEmpty()
                ? List.of()
                : em.createNamedQuery(Customer.BY_MOBILES, Customer.class)
                        .setParameter("mobiles", Set.copyOf(mobiles))
                        .getResultStream()
                        .map(Customer::toData)
                        .toList();
    }

    @Override
    public List<CustomerData> findByName(String fragment, int limit) {
        return em.createNamedQuery(Customer.BY_NAME, Customer.class)
                .setParameter("pattern", LikePattern.containing(fragment))
                .setMaxResults(limit)
                .getResultStream()
                .map(Customer::toData)
                .toList();
    }

    @Override
    @Transactional
    public CustomerData save(CustomerData data) {
        Customer customer;
        if (data.id() == null) {
            customer = new Customer(data);
            em.persist(customer);
        } else {
            customer = JpaRows.get(em, Customer.class, data.id());
            customer.update(data);
        }
        em.flush();
        return customer.toData();
    }
}

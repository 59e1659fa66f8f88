package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.persistence.EntityIds;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer of the standalone directory. */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.BY_MOBILE, query = "SELECT c FROM Customer c WHERE c.mobile = :mobile ORDER BY c.id")
@NamedQuery(name = Customer.BY_MOBILES, query = "SELECT c FROM Customer c WHERE c.mobile IN :mobiles ORDER BY c.id")
@NamedQuery(name = Customer.BY_IDS, query = "SELECT c FROM Customer c WHERE c.id IN :ids")
@NamedQuery(
        name = Customer.BY_NAME,
        query = "SELECT c FROM Customer c WHERE LOWER(c.name) LIKE :pattern ESCAPE '\\' ORDER BY c.id")
public class Customer {

    static final String BY_MOBILE = "Customer.byMobile";
    static final String BY_MOBILES = "Customer.byMobiles";
    static final String BY_IDS = "Customer.byIds";
    static final String BY_NAME = "Customer.byName";

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @Version
    private long version;

    private String name;

    private String mobile;

    protected Customer() {
        // for JPA
    }

    Customer(CustomerData data) {
        update(data);
    }

    void update(CustomerData data) {
        this.name = data.name();
        this.mobile = data.mobile();
    }

    CustomerData toData() {
        return new CustomerData(EntityIds.format(id), name, mobile);
    }
}

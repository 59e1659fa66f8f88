package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.CustomerDirectory;
import io.textcenter.messaging.api.CustomerSaved;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.validation.PhoneNumbers;
import io.textcenter.messaging.validation.Text;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Customers: validated and normalised here, whichever directory stores them. */
@Stateless
public class CustomerService {

    static final int NAME_LENGTH = 200;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private PhoneNumbers phoneNumbers;

    @Inject
    private Event<CustomerSaved> saved;

    public CustomerData save(CustomerData input) {
        if (input.id() != null) {
            get(input.id());
        }
        CustomerData stored = directory.save(new CustomerData(
                input.id(),
                Text.required("name", input.name(), NAME_LENGTH),
                phoneNumbers.optional("mobile", input.mobile())));
        saved.fire(new CustomerSaved(stored));
        return stored;
    }

    public Optional<CustomerData> find(String id) {
        return directory.find(id);
    }

    public CustomerData get(String id) {
        return directory.find(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /** A read that needs no transaction of its own (the inbox reads each page's people with it). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CustomerData> findAll(Collection<String> ids) {
        return directory.findAll(ids);
    }
}

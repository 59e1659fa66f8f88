package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.api.EmployeeSaved;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.validation.PhoneNumbers;
import io.textcenter.messaging.validation.Text;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Employees: validated and normalised here, whichever directory stores them. A login id names one employee. */
@Stateless
public class EmployeeService {

    static final int NAME_LENGTH = 200;
    static final int LOGIN_ID_LENGTH = 100;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private PhoneNumbers phoneNumbers;

    @Inject
    private Event<EmployeeSaved> saved;

    public EmployeeData save(EmployeeData input) {
        if (input.id() != null) {
            get(input.id());
        }
        String loginId = Text.optional("loginId", input.loginId(), LOGIN_ID_LENGTH);
        if (loginId != null) {
            directory
                    .findByLoginId(loginId)
                    .filter(holder -> !Objects.equals(holder.id(), input.id()))
                    .ifPresent(holder -> {
                        throw new ValidationException(
                                "loginId", "\"" + loginId + "\" is already the login of " + holder.name());
                    });
        }
        EmployeeData stored = directory.save(new EmployeeData(
                input.id(),
                Text.required("name", input.name(), NAME_LENGTH),
                phoneNumbers.optional("mobile", input.mobile()),
                loginId,
                input.textMessagingRole()));
        saved.fire(new EmployeeSaved(stored));
        return stored;
    }

    public Optional<EmployeeData> find(String id) {
        return directory.find(id);
    }

    public EmployeeData get(String id) {
        return directory.find(id).orElseThrow(() -> new NotFoundException("Employee", id));
    }

    public List<EmployeeData> all() {
        return directory.all();
    }

    /** A read that needs no transaction of its own (the inbox reads each page's people with it). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EmployeeData> findAll(Collection<String> ids) {
        return directory.findAll(ids);
    }
}

package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.AppointmentDirectory;
import io.textcenter.messaging.api.AppointmentStatus;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Appointments: a new one starts SCHEDULED; saving an existing one changes its customer, technician and time but
 * keeps its status (status changes are the dispatch board's, and notify the customer).
 */
@Stateless
public class AppointmentService {

    @Inject
    private AppointmentDirectory directory;

    @Inject
    private CustomerService customers;

    @Inject
    private EmployeeService employees;

    @Inject
    @ConfigProperty(name = "messaging.company.time-zone")
    private ZoneId companyZone;

    public AppointmentData save(AppointmentData input) {
        AppointmentData existing = input.id() == null ? null : get(input.id());
        customers.get(input.customerId());
        if (input.technicianId() != null) {
            employees.get(input.technicianId());
        }
        if (input.start() == null) {
            throw new ValidationException("start", "must be given");
        }
        return directory.save(new AppointmentData(input.id(), input.customerId(), input.technicianId(),
                input.start().withOffsetSameInstant(ZoneOffset.UTC),
                existing == null ? AppointmentStatus.SCHEDULED : existing.status(),
                existing == null ? null : existing.preNotification()));
    }

    public Optional<AppointmentData> find(String id) {
        return directory.find(id);
    }

    public AppointmentData get(String id) {
        return directory.find(id).orElseThrow(() -> new NotFoundException("Appointment", id));
    }

    public List<AppointmentData> findAll(Collection<String> ids) {
        return directory.findAll(ids);
    }

    /** The appointments of one calendar day in the company's time zone. */
    public List<AppointmentData> on(LocalDate date) {
        return directory.findStartingBetween(
                date.atStartOfDay(companyZone).toOffsetDateTime(),
                date.plusDays(1).atStartOfDay(companyZone).toOffsetDateTime());
    }
}

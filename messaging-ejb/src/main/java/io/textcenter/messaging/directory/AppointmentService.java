package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.AppointmentDirectory;
import io.textcenter.messaging.api.AppointmentStatus;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.TechnicianStatusChanged;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.settings.CompanySettingsService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
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

    public static final String CONFIRMED_VIA_SMS = "Confirmed Via SMS";

    @Inject
    private Clock clock;

    @Inject
    private AppointmentDirectory directory;

    @Inject
    private CustomerService customers;

    @Inject
    private EmployeeService employees;

    @Inject
    private CompanySettingsService company;

    @Inject
    private Event<TechnicianStatusChanged> statusChanged;

    public AppointmentData save(AppointmentData input) {
        AppointmentData existing = input.id() == null ? null : get(input.id());
        String customerId = customers.get(input.customerId()).id();
        String technicianId = input.technicianId() == null
                ? null
                : employees.get(input.technicianId()).id();
        if (input.start() == null) {
            throw new ValidationException("start", "must be given");
        }
        return directory.save(new AppointmentData(
                existing == null ? null : existing.id(),
                customerId,
                technicianId,
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

    /**
     * Moves the appointment to a status, as the dispatch board does, and fires {@link TechnicianStatusChanged} in
     * this transaction (the customer is notified only if it commits). Setting the status it already has changes nothing.
     */
    public AppointmentData changeStatus(String appointmentId, AppointmentStatus status) {
        AppointmentData appointment = get(appointmentId);
        if (status == null) {
            throw new ValidationException("status", "must be given");
        }
        if (appointment.status() == status) {
            return appointment;
        }
        AppointmentData changed = directory.save(new AppointmentData(
                appointment.id(),
                appointment.customerId(),
                appointment.technicianId(),
                appointment.start(),
                status,
                appointment.preNotification()));
        statusChanged.fire(new TechnicianStatusChanged(
                appointment.id(), appointment.status(), status, appointment.technicianId(), OffsetDateTime.now(clock)));
        return changed;
    }

    /** The customer's next appointment (not canceled) after {@code after}. */
    public Optional<AppointmentData> nextFor(String customerId, OffsetDateTime after) {
        return directory.nextFor(customerId, after);
    }

    /** The customer confirmed by text: the dispatch board shows it as the appointment's pre-notification. */
    public AppointmentData confirmViaSms(String appointmentId) {
        AppointmentData appointment = get(appointmentId);
        return directory.save(new AppointmentData(
                appointment.id(),
                appointment.customerId(),
                appointment.technicianId(),
                appointment.start(),
                appointment.status(),
                CONFIRMED_VIA_SMS));
    }

    /** The appointments of one calendar day in the company's time zone. */
    public List<AppointmentData> on(LocalDate date) {
        ZoneId zone = company.zone();
        return directory.findStartingBetween(
                date.atStartOfDay(zone).toOffsetDateTime(),
                date.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }
}

package io.textcenter.messaging.template;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.CustomerDirectory;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.conversation.ConversationData;
import io.textcenter.messaging.directory.AppointmentLinks;
import io.textcenter.messaging.settings.CompanySettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link MergeContext} of a conversation, an appointment, or both. */
@ApplicationScoped
public class MergeContexts {

    @Inject
    CompanySettingsService company;

    @Inject
    CustomerDirectory customers;

    @Inject
    EmployeeDirectory employees;

    @Inject
    AppointmentLinks links;

    public MergeContext company() {
        return MergeContext.of(company.current());
    }

    /** The conversation's customer and employee, when it is tied to them. */
    public MergeContext of(ConversationData conversation) {
        MergeContext context = company();
        if (conversation.customerId() != null) {
            context = context.withCustomer(
                    customers.find(conversation.customerId()).orElse(null));
        }
        if (conversation.employeeId() != null) {
            context = context.withEmployee(
                    employees.find(conversation.employeeId()).orElse(null));
        }
        return context;
    }

    /**
     * Each appointment's context, by appointment id: the company, the appointment, its technician, link and customer
     * (null when gone). The customers and the technicians are read with one query each.
     */
    public Map<String, MergeContext> ofAppointments(Collection<AppointmentData> appointments) {
        MergeContext company = company();
        Map<String, CustomerData> customerById =
                byId(customers.findAll(ids(appointments, AppointmentData::customerId)), CustomerData::id);
        Map<String, EmployeeData> technicianById =
                byId(employees.findAll(ids(appointments, AppointmentData::technicianId)), EmployeeData::id);
        return appointments.stream()
                .collect(Collectors.toMap(
                        AppointmentData::id,
                        appointment -> company.withCustomer(customerById.get(appointment.customerId()))
                                .withAppointment(
                                        appointment,
                                        technicianById.get(appointment.technicianId()),
                                        links.of(appointment.id()))));
    }

    private static Set<String> ids(Collection<AppointmentData> appointments, Function<AppointmentData, String> id) {
        return appointments.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Map<String, T> byId(List<T> found, Function<T, String> id) {
        return found.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** Adds the appointment, its technician and link, and its customer when the context has none. */
    public MergeContext with(MergeContext context, AppointmentData appointment) {
        MergeContext withAppointment = context.withAppointment(
                appointment,
                appointment.technicianId() == null
                        ? null
                        : employees.find(appointment.technicianId()).orElse(null),
                links.of(appointment.id()));
        return withAppointment.customer() != null
                ? withAppointment
                : withAppointment.withCustomer(
                        customers.find(appointment.customerId()).orElse(null));
    }
}

package io.textcenter.messaging.template;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.CustomerDirectory;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.conversation.ConversationData;
import io.textcenter.messaging.directory.AppointmentLinks;
import io.textcenter.messaging.settings.CompanySettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
            context = context.withCustomer(customers.find(conversation.customerId()).orElse(null));
        }
        if (conversation.employeeId() != null) {
            context = context.withEmployee(employees.find(conversation.employeeId()).orElse(null));
        }
        return context;
    }

    /** Adds the appointment, its technician and link, and its customer when the context has none. */
    public MergeContext with(MergeContext context, AppointmentData appointment) {
        MergeContext withAppointment = context.withAppointment(appointment,
                appointment.technicianId() == null ? null : employees.find(appointment.technicianId()).orElse(null),
                links.of(appointment.id()));
        return withAppointment.customer() != null ? withAppointment
                : withAppointment.withCustomer(customers.find(appointment.customerId()).orElse(null));
    }
}

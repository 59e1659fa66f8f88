package io.textcenter.messaging.template;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.settings.CompanySettingsData;

/**
 * What a message is about, for filling its merge fields. Any part may be null: its fields then render empty.
 *
 * @param employee   the employee texted (employee texts, Dispatch Now)
 * @param technician the appointment's technician
 * @param appointmentLink the host's page of the appointment
 */
public record MergeContext(
        CustomerData customer,
        EmployeeData employee,
        AppointmentData appointment,
        EmployeeData technician,
        String appointmentLink,
        CompanySettingsData company) {

    public static MergeContext of(CompanySettingsData company) {
        return new MergeContext(null, null, null, null, null, company);
    }

    public MergeContext withCustomer(CustomerData customer) {
        return new MergeContext(customer, employee, appointment, technician, appointmentLink, company);
    }

    public MergeContext withEmployee(EmployeeData employee) {
        return new MergeContext(customer, employee, appointment, technician, appointmentLink, company);
    }

    public MergeContext withAppointment(AppointmentData appointment, EmployeeData technician, String appointmentLink) {
        return new MergeContext(customer, employee, appointment, technician, appointmentLink, company);
    }
}

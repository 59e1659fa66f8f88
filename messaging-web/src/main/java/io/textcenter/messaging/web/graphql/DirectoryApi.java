package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.directory.AppointmentLinks;
import io.textcenter.messaging.directory.AppointmentService;
import io.textcenter.messaging.directory.CustomerService;
import io.textcenter.messaging.directory.EmployeeService;
import io.textcenter.messaging.web.graphql.model.Appointment;
import io.textcenter.messaging.web.graphql.model.AppointmentInput;
import io.textcenter.messaging.web.graphql.model.Customer;
import io.textcenter.messaging.web.graphql.model.CustomerInput;
import io.textcenter.messaging.web.graphql.model.Employee;
import io.textcenter.messaging.web.graphql.model.EmployeeInput;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Customers, employees and appointments: read by the center, written by administrators (standalone directory). */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.TEXT_MESSAGING})
public class DirectoryApi {

    @Inject
    CustomerService customers;

    @Inject
    EmployeeService employees;

    @Inject
    AppointmentService appointments;

    @Inject
    AppointmentLinks links;

    @Query
    @Description("A customer, or null when the id names none")
    public Customer customer(@NonNull @Id String id) {
        return customers.find(id).map(Customer::of).orElse(null);
    }

    @Query
    @Description("Every employee, by name")
    public @NonNull List<@NonNull Employee> employees() {
        return employees.all().stream().map(Employee::of).toList();
    }

    @Query
    @Description("An employee, or null when the id names none")
    public Employee employee(@NonNull @Id String id) {
        return employees.find(id).map(Employee::of).orElse(null);
    }

    @Query
    @Description("The appointments of a day in the company's time zone, earliest first")
    public @NonNull List<@NonNull Appointment> appointments(@NonNull LocalDate date) {
        return appointments.on(date).stream()
                .map(data -> Appointment.of(data, links.of(data.id())))
                .toList();
    }

    @Mutation
    @RequiresGroup({Group.ADMINISTRATOR})
    public @NonNull Customer saveCustomer(@NonNull CustomerInput input) {
        return Customer.of(customers.save(input.toData()));
    }

    @Mutation
    @RequiresGroup({Group.ADMINISTRATOR})
    public @NonNull Employee saveEmployee(@NonNull EmployeeInput input) {
        return Employee.of(employees.save(input.toData()));
    }

    @Mutation
    @RequiresGroup({Group.ADMINISTRATOR})
    public @NonNull Appointment saveAppointment(@NonNull AppointmentInput input) {
        var saved = appointments.save(input.toData());
        return Appointment.of(saved, links.of(saved.id()));
    }

    @Name("customer")
    public @NonNull List<@NonNull Customer> appointmentCustomers(@Source List<Appointment> page) {
        var found = Lookup.byId(
                customers.findAll(page.stream().map(Appointment::customerId).toList()), CustomerData::id);
        return page.stream()
                .map(appointment -> Customer.of(found.get(appointment.customerId())))
                .toList();
    }

    @Name("technician")
    public List<Employee> appointmentTechnicians(@Source List<Appointment> page) {
        var found = Lookup.byId(
                employees.findAll(page.stream()
                        .map(Appointment::technicianId)
                        .filter(Objects::nonNull)
                        .toList()),
                EmployeeData::id);
        return page.stream()
                .map(appointment -> found.get(appointment.technicianId()))
                .map(data -> data == null ? null : Employee.of(data))
                .toList();
    }
}

package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.directory.AppointmentLinks;
import io.textcenter.messaging.directory.AppointmentService;
import io.textcenter.messaging.notification.FieldTexts;
import io.textcenter.messaging.web.graphql.model.Appointment;
import io.textcenter.messaging.web.graphql.model.AppointmentStatus;
import io.textcenter.messaging.web.graphql.model.Message;
import io.textcenter.messaging.web.graphql.model.Mirror;
import io.textcenter.messaging.web.security.Caller;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** What the dispatch board and the technicians' app trigger: status changes, Dispatch Now, texts to employees. */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.TEXT_MESSAGING})
public class FieldApi {

    @Inject
    AppointmentService appointments;

    @Inject
    AppointmentLinks links;

    @Inject
    FieldTexts texts;

    @Inject
    Caller caller;

    @Mutation
    @RequiresGroup({Group.ADMINISTRATOR})
    @Description("Moves the appointment to a status and fires TechnicianStatusChanged, as a host's dispatch board does")
    public @NonNull Appointment changeAppointmentStatus(
            @NonNull @Id String appointmentId, @NonNull AppointmentStatus status) {
        var changed = appointments.changeStatus(
                appointmentId, Mirror.of(status, io.textcenter.messaging.api.AppointmentStatus.class));
        return Appointment.of(changed, links.of(changed.id()));
    }

    @Mutation
    @Description("Texts the appointment's technician its details and link")
    public @NonNull Message dispatchNow(@NonNull @Id String appointmentId) {
        return Message.of(texts.dispatchNow(appointmentId, caller.loginId().orElse(null)));
    }

    @Mutation
    @Description("Texts an employee; with includeAppLink, the company's app link and the employee's login id follow")
    public @NonNull Message textEmployee(
            @NonNull @Id String employeeId,
            String body,
            @Id String templateId,
            @DefaultValue("false") Boolean includeAppLink) {
        return Message.of(texts.textEmployee(
                employeeId,
                body,
                templateId,
                Boolean.TRUE.equals(includeAppLink),
                caller.loginId().orElse(null)));
    }
}

package io.textcenter.messaging.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The host application's page of an appointment, which Dispatch Now texts to the technician. */
@ApplicationScoped
public class AppointmentLinks {

    static final String ID_PLACEHOLDER = "{id}";

    @Inject
    @ConfigProperty(name = "messaging.appointment.link-template")
    String template;

    public String of(String appointmentId) {
        return template.replace(ID_PLACEHOLDER, appointmentId);
    }
}

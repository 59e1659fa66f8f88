package io.textcenter.messaging.web.inside;

import io.textcenter.messaging.api.AppointmentStatus;
import io.textcenter.messaging.api.TechnicianStatusChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;

/**
 * Test-only stand-in for a host application (used by FieldEventsIT): fires the status-change
 * event with plain CDI inside its own transaction, which it commits or rolls back.
 */
@Path("test-host")
@RequestScoped
public class RollingBackHost {

    @Inject
    Event<TechnicianStatusChanged> statusChanged;

    @Resource
    UserTransaction transaction;

    @POST
    @Path("status-change")
    public void fire(
            @QueryParam("appointmentId") String appointmentId,
            @QueryParam("status") AppointmentStatus status,
            @QueryParam("commit") boolean commit)
            throws Exception {
        transaction.begin();
        statusChanged.fire(new TechnicianStatusChanged(
                appointmentId, AppointmentStatus.SCHEDULED, status, null, OffsetDateTime.now()));
        if (commit) {
            transaction.commit();
        } else {
            transaction.rollback();
        }
    }
}

package io.textcenter.messaging.notification;

import io.textcenter.messaging.api.TechnicianStatusChanged;
import io.textcenter.messaging.runtime.Workers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hears {@link TechnicianStatusChanged} once the firing transaction has committed (a rolled-back change texts nobody)
 * and notifies on another thread, so the dispatch board does not wait for it.
 */
@ApplicationScoped
public class StatusChangeObserver {

    private static final Logger LOG = Logger.getLogger(StatusChangeObserver.class.getName());

    @Inject
    private Workers workers;

    @Inject
    private StatusNotifications notifications;

    void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TechnicianStatusChanged change) {
        workers.execute(() -> {
            try {
                notifications.notifyCustomer(change);
            } catch (RuntimeException failed) {
                // e.g. the same change reported twice at once: the once-only key let one notification in
                LOG.log(
                        Level.WARNING,
                        "Notification for appointment " + change.appointmentId() + " " + change.newStatus()
                                + " not sent",
                        failed);
            }
        });
    }
}

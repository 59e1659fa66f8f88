package io.textcenter.messaging.notification;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.CustomerDirectory;
import io.textcenter.messaging.api.TechnicianStatusChanged;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.conversation.OutboundText;
import io.textcenter.messaging.conversation.SendOptions;
import io.textcenter.messaging.directory.AppointmentService;
import io.textcenter.messaging.outbound.Outbox;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.template.Composed;
import io.textcenter.messaging.template.Composer;
import io.textcenter.messaging.template.MergeContexts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Texts the customer about an appointment's new status, when that status's notification is on: once per appointment
 * and status, from the notification line, into the customer's conversation. Every reason for not texting is logged.
 */
@Stateless
public class StatusNotifications {

    private static final Logger LOG = Logger.getLogger(StatusNotifications.class.getName());

    @Inject
    private Clock clock;

    @Inject
    private NotificationSettingsService settings;

    @Inject
    private AppointmentService appointments;

    @Inject
    private CustomerDirectory customers;

    @Inject
    private NotificationLine notificationLine;

    @Inject
    private Conversations conversations;

    @Inject
    private MergeContexts contexts;

    @Inject
    private Composer composer;

    @Inject
    private Outbox outbox;

    public void notifyCustomer(TechnicianStatusChanged change) {
        String about = "appointment " + change.appointmentId() + " " + change.newStatus();
        NotificationSettingData setting = settings.of(change.newStatus());
        if (!setting.enabled()) {
            LOG.info(() -> "No text for " + about + ": that notification is switched off");
            return;
        }
        Optional<AppointmentData> appointment = appointments.find(change.appointmentId());
        Optional<CustomerData> customer = appointment.flatMap(found -> customers.find(found.customerId()));
        Optional<SenderLineData> line = notificationLine.current();
        if (customer.isEmpty() || customer.get().mobile() == null || line.isEmpty()) {
            LOG.info(() -> "No text for " + about + ": "
                    + (customer.isEmpty()
                            ? "no such appointment or customer"
                            : customer.get().mobile() == null
                                    ? "the customer has no mobile number"
                                    : "no active line to send from"));
            return;
        }
        String once = "status:" + change.appointmentId() + ":" + change.newStatus();
        if (conversations.sentOnce(once)) {
            LOG.info(() -> "No text for " + about + ": the customer was already told");
            return;
        }
        Conversation conversation = conversations.openFor(
                Long.parseLong(line.get().id()), customer.get().mobile(), OffsetDateTime.now(clock));
        Composed text = composer.compose(
                setting.message(),
                false,
                List.of(),
                contexts.with(contexts.of(conversation.toData()), appointment.get()));
        outbox.queue(
                conversation,
                new OutboundText(MessageKind.NOTIFICATION, text.text().body(), text.media(), null),
                SendOptions.oncePer(once, setting.keepsQuietHours()));
    }
}

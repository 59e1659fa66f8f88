package io.textcenter.messaging.notification;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.carrier.CarrierLimits;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.conversation.OutboundText;
import io.textcenter.messaging.directory.AppointmentService;
import io.textcenter.messaging.directory.EmployeeService;
import io.textcenter.messaging.outbound.Outbox;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.template.Composed;
import io.textcenter.messaging.template.Composer;
import io.textcenter.messaging.template.MergeContext;
import io.textcenter.messaging.template.MergeContexts;
import io.textcenter.messaging.template.MergeFields;
import io.textcenter.messaging.template.TemplateData;
import io.textcenter.messaging.template.TemplateService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Texts to employees from the notification line: Dispatch Now (the appointment's details and link to its technician)
 * and general texts (optionally with the app link and the employee's login id, for their first login). They live in
 * the employee's conversation.
 */
@Stateless
public class FieldTexts {

    static final String APP_LINK_LINES = "\n{AppLink}\nYour login ID: {LoginId}";

    @Inject
    private Clock clock;

    @Inject
    private AppointmentService appointments;

    @Inject
    private EmployeeService employees;

    @Inject
    private EmployeeDirectory employeeDirectory;

    @Inject
    private TemplateService templates;

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

    @Inject
    @ConfigProperty(name = "messaging.dispatch-now.message")
    String dispatchNowMessage;

    public MessageData dispatchNow(String appointmentId, String senderLoginId) {
        AppointmentData appointment = appointments.get(appointmentId);
        if (appointment.technicianId() == null) {
            throw new ValidationException(
                    "appointmentId", "appointment " + appointmentId + " has no technician to dispatch");
        }
        EmployeeData technician = reachable(employees.get(appointment.technicianId()), "appointmentId");
        Conversation conversation = conversationWith(technician);
        MergeContext context = contexts.with(contexts.of(conversation.toData()), appointment);
        return send(conversation, composer.compose(dispatchNowMessage, false, List.of(), context), senderLoginId);
    }

    public MessageData textEmployee(
            String employeeId, String body, String templateId, boolean includeAppLink, String senderLoginId) {
        EmployeeData employee = reachable(employees.get(employeeId), "employeeId");
        TemplateData template = templateId == null ? null : templates.get(templateId);
        String text =
                body != null && !body.isBlank() ? body.strip() : template == null ? "" : Composer.textOf(template);
        if (text.isEmpty()) {
            throw new ValidationException("body", "write a message or pick a template");
        }
        MergeFields.requireKnown("body", text);
        if (includeAppLink) {
            text = text + APP_LINK_LINES;
        }
        Conversation conversation = conversationWith(employee);
        Composed composed = composer.compose(
                text,
                template != null && template.includeVCard(),
                template == null ? List.of() : template.imageUrls(),
                contexts.of(conversation.toData()).withEmployee(employee));
        if (includeAppLink && composed.text().emptyFields().contains("AppLink")) {
            throw new ValidationException("includeAppLink", "set the company's app link first (updateCompanySettings)");
        }
        return send(conversation, composed, senderLoginId);
    }

    private MessageData send(Conversation conversation, Composed composed, String senderLoginId) {
        if (composed.text().body().length() > CarrierLimits.MAX_BODY_CHARACTERS) {
            throw new ValidationException(
                    "body", "must be at most " + CarrierLimits.MAX_BODY_CHARACTERS + " characters once filled in");
        }
        String authorId = Optional.ofNullable(senderLoginId)
                .flatMap(employeeDirectory::findByLoginId)
                .map(EmployeeData::id)
                .orElse(null);
        return outbox.queue(
                conversation,
                new OutboundText(MessageKind.NOTIFICATION, composed.text().body(), composed.media(), authorId));
    }

    private Conversation conversationWith(EmployeeData employee) {
        SenderLineData line = notificationLine
                .current()
                .orElseThrow(() ->
                        new ValidationException("lineId", "no active line to send from; add one (saveSenderLine)"));
        return conversations.openFor(Long.parseLong(line.id()), employee.mobile(), OffsetDateTime.now(clock));
    }

    private static EmployeeData reachable(EmployeeData employee, String field) {
        if (employee.mobile() == null) {
            throw new ValidationException(field, employee.name() + " has no mobile number");
        }
        return employee;
    }
}

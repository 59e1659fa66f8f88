package io.textcenter.messaging.bulk;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.AppointmentStatus;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.directory.AppointmentService;
import io.textcenter.messaging.outbound.SendTimes;
import io.textcenter.messaging.settings.CompanySettingsService;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.template.MergeFields;
import io.textcenter.messaging.template.TemplateService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * New bulk sends, checked before anything is written: the line, the template or text and its merge fields, the start
 * time, then the recipients, fixed in a stable order. A send is written here and started by {@link BulkSendService}.
 */
@Stateless
public class BulkSendRequests {

    /** The most recipients a send may name one by one. */
    private static final int MAX_NAMED_RECIPIENTS = 100_000;

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SenderLineService lines;

    @Inject
    private TemplateService templates;

    @Inject
    private AppointmentService appointments;

    @Inject
    private EmployeeDirectory employees;

    @Inject
    private CompanySettingsService company;

    /** The customers of the appointments listed, or else of a day's appointments (tomorrow by default, company time). */
    public String createCustomerSend(LocalDate date, List<String> appointmentIds, BulkSendRequest request) {
        return create(BulkSendKind.CUSTOMERS, () -> appointmentsOf(date, appointmentIds), request);
    }

    private List<String> appointmentsOf(LocalDate date, List<String> appointmentIds) {
        List<String> recipients;
        if (appointmentIds != null && !appointmentIds.isEmpty()) {
            bounded("appointmentIds", appointmentIds);
            recipients = known(
                    "appointmentIds",
                    "appointment",
                    appointmentIds,
                    appointments.findAll(appointmentIds).stream()
                            .map(AppointmentData::id)
                            .toList());
        } else {
            LocalDate day = date != null
                    ? date
                    : LocalDate.now(clock.withZone(company.zone())).plusDays(1);
            recipients = appointments.on(day).stream()
                    .filter(appointment -> appointment.status() != AppointmentStatus.CANCELED)
                    .map(AppointmentData::id)
                    .toList();
            if (recipients.isEmpty()) {
                throw new ValidationException("date", "no appointments on " + day);
            }
        }
        return recipients;
    }

    /** The employees listed. */
    public String createEmployeeSend(List<String> employeeIds, BulkSendRequest request) {
        return create(
                BulkSendKind.EMPLOYEES,
                () -> {
                    if (employeeIds == null || employeeIds.isEmpty()) {
                        throw new ValidationException("employeeIds", "name at least one employee");
                    }
                    bounded("employeeIds", employeeIds);
                    return known(
                            "employeeIds",
                            "employee",
                            employeeIds,
                            employees.findAll(employeeIds).stream()
                                    .map(EmployeeData::id)
                                    .toList());
                },
                request);
    }

    /** A list named by hand is refused before the directory is asked, when it is longer than a send may be. */
    private static void bounded(String field, List<String> named) {
        if (named.size() > MAX_NAMED_RECIPIENTS) {
            throw new ValidationException(
                    field, "name at most " + MAX_NAMED_RECIPIENTS + " (a day's appointments are named by the date)");
        }
    }

    /** The ids named, each once, in their order; fails on the first the directory does not know (read at once). */
    private static List<String> known(String field, String what, List<String> named, List<String> found) {
        Set<String> existing = Set.copyOf(found);
        named.stream().filter(id -> !existing.contains(id)).findFirst().ifPresent(unknown -> {
            throw new ValidationException(field, "no " + what + " has the id " + unknown);
        });
        return named.stream().distinct().toList();
    }

    /** Checks the message and its time first, then who gets it. */
    private String create(BulkSendKind kind, Supplier<List<String>> recipientsOf, BulkSendRequest request) {
        long line = Long.parseLong(validLine(request.lineId()));
        Long template = request.templateId() == null ? null : Long.valueOf(validTemplate(request.templateId()));
        String text = request.body() == null || request.body().isBlank()
                ? null
                : TemplateService.body("body", request.body());
        if (template == null && text == null) {
            throw new ValidationException("body", "write a message or pick a template");
        }
        MergeFields.requireKnown("body", text);
        SendTimes.requireFuture(request.sendAt(), clock);
        List<String> recipients = recipientsOf.get();
        String authorId = request.authorLoginId() == null
                ? null
                : employees
                        .findByLoginId(request.authorLoginId())
                        .map(EmployeeData::id)
                        .orElse(null);
        boolean marketing = request.marketing()
                || (template != null && templates.get(request.templateId()).marketing());
        BulkSend send = new BulkSend(
                new BulkMessage(kind, line, template, text, authorId, marketing, request.sendAt()),
                recipients,
                OffsetDateTime.now(clock));
        em.persist(send);
        em.flush();
        return send.apiId();
    }

    private String validLine(String lineId) {
        try {
            return lines.get(lineId).id();
        } catch (NotFoundException unknown) {
            throw new ValidationException("lineId", "no line has the id " + lineId);
        }
    }

    private String validTemplate(String templateId) {
        try {
            return templates.get(templateId).id();
        } catch (NotFoundException unknown) {
            throw new ValidationException("templateId", "no template has the id " + templateId);
        }
    }
}

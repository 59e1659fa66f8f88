package io.textcenter.messaging.bulk;

import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.carrier.CarrierLimits;
import io.textcenter.messaging.directory.AppointmentService;
import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.template.Composed;
import io.textcenter.messaging.template.Composer;
import io.textcenter.messaging.template.MergeContext;
import io.textcenter.messaging.template.MergeContexts;
import io.textcenter.messaging.template.TemplateData;
import io.textcenter.messaging.template.TemplateService;
import io.textcenter.messaging.validation.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A chunk of a bulk send's recipients, composed: each one's number and text with their own merge fields, or why they
 * are skipped (gone, no mobile, an invalid number). The chunk's appointments or employees, their customers and
 * technicians, and the template are each read once.
 */
@ApplicationScoped
public class BulkTexts {

    @Inject
    AppointmentService appointments;

    @Inject
    EmployeeDirectory employees;

    @Inject
    MergeContexts contexts;

    @Inject
    TemplateService templates;

    @Inject
    Composer composer;

    @Inject
    PhoneNumbers phoneNumbers;

    public List<BulkItem> compose(BulkMessage send, List<String> recipientIds) {
        if (recipientIds.isEmpty()) {
            return List.of();
        }
        boolean toCustomers = send.kind() == BulkSendKind.CUSTOMERS;
        Map<String, MergeContext> contextById = toCustomers
                ? contexts.ofAppointments(appointments.findAll(recipientIds))
                : employees.findAll(recipientIds).stream()
                        .collect(Collectors.toMap(EmployeeData::id, contexts.company()::withEmployee));
        Function<MergeContext, Composed> message = message(send);
        return recipientIds.stream()
                .map(id -> {
                    MergeContext context = contextById.get(id);
                    if (context == null || (toCustomers ? context.customer() : context.employee()) == null) {
                        return BulkItem.skipped(
                                id,
                                toCustomers
                                        ? "the appointment or its customer no longer exists"
                                        : "the employee no longer exists");
                    }
                    return item(
                            id,
                            toCustomers
                                    ? context.customer().mobile()
                                    : context.employee().mobile(),
                            () -> message.apply(context));
                })
                .toList();
    }

    private BulkItem item(String recipientId, String mobile, Supplier<Composed> message) {
        if (mobile == null) {
            return BulkItem.skipped(recipientId, "no mobile number");
        }
        String to;
        try {
            to = phoneNumbers.require("mobile", mobile);
        } catch (ValidationException invalid) {
            return BulkItem.skipped(recipientId, "invalid number " + mobile);
        }
        Composed text = message.get();
        int length = text.text().body().length();
        if (length > CarrierLimits.MAX_BODY_CHARACTERS) {
            return BulkItem.skipped(
                    recipientId,
                    "the text is " + length + " characters once filled in, more than "
                            + CarrierLimits.MAX_BODY_CHARACTERS);
        }
        return new BulkItem(recipientId, to, text.text().body(), text.media(), null);
    }

    /** The send's message for one recipient's context; its template is read once. */
    private Function<MergeContext, Composed> message(BulkMessage send) {
        TemplateData template = send.templateId() == null ? null : templates.get(EntityIds.format(send.templateId()));
        if (template != null && send.body() == null) {
            return context -> composer.compose(template, context);
        }
        boolean includeVCard = template != null && template.includeVCard();
        List<String> imageUrls = template == null ? List.of() : template.imageUrls();
        return context -> composer.compose(send.body(), includeVCard, imageUrls, context);
    }
}

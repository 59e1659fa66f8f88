package io.textcenter.messaging.template;

import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.conversation.ConversationQueries;
import io.textcenter.messaging.directory.AppointmentService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Previews a template or a typed text for a conversation (and an appointment), as the center's editor shows it before sending. */
@Stateless
public class RenderService {

    @Inject
    private TemplateService templates;

    @Inject
    private ConversationQueries conversations;

    @Inject
    private AppointmentService appointments;

    @Inject
    private MergeContexts contexts;

    @Inject
    private Composer composer;

    public Rendered render(String templateId, String conversationId, String appointmentId) {
        TemplateData template = templates.get(templateId);
        MergeContext context = contextOf(conversationId);
        if (appointmentId != null) {
            context = contexts.with(context, appointments.get(appointmentId));
        }
        return composer.compose(template, context).text();
    }

    /** A text as it would leave in the conversation: its merge fields filled, its segments counted. */
    public Rendered renderText(String body, String conversationId) {
        return composer.compose(body, false, List.of(), contextOf(conversationId))
                .text();
    }

    private MergeContext contextOf(String conversationId) {
        return conversationId == null
                ? contexts.company()
                : contexts.of(conversations
                        .find(conversationId)
                        .orElseThrow(() -> new NotFoundException("Conversation", conversationId)));
    }
}

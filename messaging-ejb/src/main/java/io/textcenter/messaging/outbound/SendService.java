package io.textcenter.messaging.outbound;

import io.textcenter.messaging.api.ConflictException;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.audit.AuditAction;
import io.textcenter.messaging.audit.AuditTrail;
import io.textcenter.messaging.carrier.CarrierLimits;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.ConversationChanged;
import io.textcenter.messaging.conversation.ConversationQueries;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.MediaItem;
import io.textcenter.messaging.conversation.Message;
import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.conversation.OutboundText;
import io.textcenter.messaging.conversation.SendOptions;
import io.textcenter.messaging.delivery.DeliveryStatus;
import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.template.Composed;
import io.textcenter.messaging.template.Composer;
import io.textcenter.messaging.template.MergeContext;
import io.textcenter.messaging.template.MergeContexts;
import io.textcenter.messaging.template.MergeFields;
import io.textcenter.messaging.template.TemplateData;
import io.textcenter.messaging.template.TemplateService;
import io.textcenter.messaging.validation.PhoneNumbers;
import io.textcenter.messaging.validation.Urls;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Texts sent from the center, attributed to the employee who sent them. Invalid input queues nothing. */
@Stateless
public class SendService {

    @Inject
    private Clock clock;

    @Inject
    private Conversations conversations;

    @Inject
    private SenderLineService lines;

    @Inject
    private EmployeeDirectory employees;

    @Inject
    private PhoneNumbers phoneNumbers;

    @Inject
    private Outbox outbox;

    @Inject
    private TemplateService templates;

    @Inject
    private ConversationQueries queries;

    @Inject
    private MergeContexts contexts;

    @Inject
    private Composer composer;

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<ConversationChanged> changed;

    /**
     * Free text, or a template (its line unless one is given; a body given with it is the edited text, merge fields
     * allowed). Merge fields are filled from the conversation's customer or employee.
     *
     * @param senderLoginId the acting employee's login id (the JWT's upn)
     */
    public MessageData send(SendRequest request, String senderLoginId) {
        SendTimes.requireFuture(request.sendAt(), clock);
        TemplateData template = request.templateId() == null ? null : templates.get(request.templateId());
        List<String> extraImages = request.imageUrls() == null
                ? List.of()
                : request.imageUrls().stream()
                        .map(url -> Urls.required("imageUrls", url))
                        .toList();
        String edited = request.body() == null ? "" : request.body().strip();
        MergeFields.requireKnown("body", edited);

        Conversation conversation = conversationOf(request, template);
        MergeContext context =
                contexts.of(queries.find(Long.toString(conversation.id())).orElseThrow());
        Composed composed = template != null && edited.isEmpty()
                ? composer.compose(template, context)
                : composer.compose(
                        edited,
                        template != null && template.includeVCard(),
                        template == null ? List.of() : template.imageUrls(),
                        context);
        List<MediaItem> media = new ArrayList<>(composed.media());
        extraImages.forEach(url -> media.add(MediaItem.of(url)));

        String body = composed.text().body().strip();
        if (body.isEmpty() && media.isEmpty()) {
            throw new ValidationException("body", "must not be empty");
        }
        if (body.length() > CarrierLimits.MAX_BODY_CHARACTERS) {
            throw new ValidationException(
                    "body",
                    "must be at most " + CarrierLimits.MAX_BODY_CHARACTERS + " characters (it has " + body.length()
                            + ")");
        }
        if (media.size() > CarrierLimits.MAX_MEDIA) {
            throw new ValidationException("imageUrls", "at most " + CarrierLimits.MAX_MEDIA + " media per message");
        }
        String authorId = Optional.ofNullable(senderLoginId)
                .flatMap(employees::findByLoginId)
                .map(EmployeeData::id)
                .orElse(null);
        // a marketing template makes a marketing text, edited or not
        SendOptions options = template != null && template.marketing() ? SendOptions.MARKETING : SendOptions.AT_ONCE;
        OutboundText text = new OutboundText(MessageKind.TEXT, body, media, authorId);
        if (request.sendAt() != null) {
            MessageData scheduled = outbox.queue(conversation, text, options.sentAt(request.sendAt()));
            audit.record(AuditAction.TEXT_SCHEDULED, "message " + scheduled.id(), null, scheduled);
            return scheduled;
        }
        return outbox.queue(conversation, text, options);
    }

    /**
     * Takes back a text that is still SCHEDULED: it is recorded as SKIPPED, saying who canceled it, never deleted. The
     * row is locked, so a cancel and the outbox taking the text do not both win.
     */
    public MessageData cancelScheduled(String messageId, String cancelerLoginId) {
        Message message = EntityIds.parse(messageId)
                .map(id -> em.find(Message.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("Message", messageId));
        if (message.delivery().status() != DeliveryStatus.SCHEDULED) {
            throw new ConflictException("only a SCHEDULED text can be canceled; this one is "
                    + message.delivery().status());
        }
        String canceler = Optional.ofNullable(cancelerLoginId)
                .flatMap(employees::findByLoginId)
                .map(EmployeeData::name)
                .orElse(cancelerLoginId);
        MessageData before = queries.messageById(message.id());
        message.delivery().skip("canceled by " + canceler + " before it was sent");
        changed.fire(new ConversationChanged(message.conversationId()));
        MessageData canceled = queries.messageById(message.id());
        audit.record(AuditAction.SCHEDULED_TEXT_CANCELED, "message " + messageId, before, canceled);
        return canceled;
    }

    private Conversation conversationOf(SendRequest request, TemplateData template) {
        if (request.conversationId() != null) {
            return conversations.lockForChange(request.conversationId());
        }
        String lineChoice = request.lineId() != null ? request.lineId() : template == null ? null : template.lineId();
        if (lineChoice == null) {
            throw new ValidationException("lineId", "is needed to text a number without a conversation");
        }
        String to = phoneNumbers.require("to", request.to());
        long lineId = Long.parseLong(lines.get(lineChoice).id());
        return conversations.openFor(lineId, to, OffsetDateTime.now(clock));
    }
}

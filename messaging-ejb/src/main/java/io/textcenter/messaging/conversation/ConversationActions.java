package io.textcenter.messaging.conversation;

import io.textcenter.messaging.api.ConflictException;
import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.audit.AuditAction;
import io.textcenter.messaging.audit.AuditTrail;
import io.textcenter.messaging.carrier.CarrierLimits;
import io.textcenter.messaging.directory.AppointmentService;
import io.textcenter.messaging.directory.CustomerService;
import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.validation.Text;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What employees do in the center: claim, whisper, resolve, reopen, review, and tie conversations to customers and
 * appointments. Each change is recorded in the conversation (who and when) where the inbox shows it. Repeating a
 * resolve or reopen, or claiming what one already holds, changes nothing.
 */
@Stateless
public class ConversationActions {

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Conversations conversations;

    @Inject
    private EmployeeDirectory employees;

    @Inject
    private CustomerService customers;

    @Inject
    private AppointmentService appointments;

    @Inject
    private Event<ConversationChanged> changed;

    @Inject
    private AuditTrail audit;

    /** Takes the conversation. Another employee's claim is a conflict naming them, unless an Administrator takes over. */
    public ConversationData claim(String conversationId, Actor actor) {
        Conversation conversation = conversations.lockForChange(conversationId);
        String employeeId = employeeOf(actor, "claimedBy");
        if (conversation.status() == ConversationStatus.CLAIMED && employeeId.equals(conversation.claimedById())) {
            return conversation.toData();
        }
        if (conversation.status() == ConversationStatus.CLAIMED && !actor.administrator()) {
            throw new ConflictException("claimed by " + nameOf(conversation.claimedById()));
        }
        ConversationData before = conversation.toData();
        String previous = conversation.claim(employeeId);
        audit.record(
                previous == null ? AuditAction.CONVERSATION_CLAIMED : AuditAction.CONVERSATION_TAKEN_OVER,
                subject(conversation),
                before,
                conversation.toData());
        conversations.internal(
                conversation,
                MessageKind.CLAIMED,
                previous == null ? null : "taken over from " + nameOf(previous),
                employeeId,
                now());
        return conversation.toData();
    }

    public ConversationData resolve(String conversationId, Actor actor) {
        Conversation conversation = conversations.lockForChange(conversationId);
        if (conversation.status() != ConversationStatus.RESOLVED) {
            ConversationData before = conversation.toData();
            conversation.resolve();
            audit.record(AuditAction.CONVERSATION_RESOLVED, subject(conversation), before, conversation.toData());
            conversations.internal(conversation, MessageKind.RESOLVED, null, actor.employeeId(), now());
        }
        return conversation.toData();
    }

    public ConversationData reopen(String conversationId, Actor actor) {
        Conversation conversation = conversations.lockForChange(conversationId);
        if (conversation.status() == ConversationStatus.RESOLVED) {
            ConversationData before = conversation.toData();
            conversation.reopen();
            audit.record(AuditAction.CONVERSATION_REOPENED, subject(conversation), before, conversation.toData());
            conversations.internal(conversation, MessageKind.REOPENED, null, actor.employeeId(), now());
        }
        return conversation.toData();
    }

    /**
     * An internal note for colleagues: never sent, never unreviewed, shown with its author. Never rendered either, so
     * braces in it are just text.
     */
    public MessageData whisper(String conversationId, String body, Actor actor) {
        Conversation conversation = conversations.lockForChange(conversationId);
        String note = Text.required("body", body, CarrierLimits.MAX_BODY_CHARACTERS);
        return conversations.internal(conversation, MessageKind.WHISPER, note, employeeOf(actor, "author"), now());
    }

    public MessageData setReviewed(String messageId, boolean reviewed) {
        Message message = EntityIds.parse(messageId)
                .map(key -> em.find(Message.class, key))
                .orElseThrow(() -> new NotFoundException("Message", messageId));
        boolean before = message.toData().reviewed();
        message.markReviewed(reviewed);
        audit.record(
                AuditAction.MESSAGE_REVIEWED,
                "message " + messageId,
                Map.of("reviewed", before),
                Map.of("reviewed", reviewed));
        changed.fire(new ConversationChanged(message.conversationId()));
        return message.toData();
    }

    public ConversationData markReviewed(String conversationId) {
        Conversation conversation = conversations.lockForChange(conversationId);
        ConversationData before = conversation.toData();
        em.createNamedQuery(Message.UNREVIEWED, Message.class)
                .setParameter("conversationId", conversation.id())
                .getResultStream()
                .forEach(message -> message.markReviewed(true));
        audit.record(AuditAction.CONVERSATION_REVIEWED, subject(conversation), before, null);
        changed.fire(new ConversationChanged(conversation.id()));
        return conversation.toData();
    }

    public ConversationData tieToCustomer(String conversationId, String customerId) {
        Conversation conversation = conversations.lockForChange(conversationId);
        ConversationData before = conversation.toData();
        conversation.tieTo(customers.get(customerId).id());
        audit.record(AuditAction.CONVERSATION_LINKED_TO_CUSTOMER, subject(conversation), before, conversation.toData());
        changed.fire(new ConversationChanged(conversation.id()));
        return conversation.toData();
    }

    /** A new customer with the conversation's number as mobile: every conversation with that number and no customer becomes theirs. */
    public CustomerData createCustomer(String conversationId, String name) {
        Conversation conversation = conversations.lockForChange(conversationId);
        CustomerData customer = customers.save(new CustomerData(null, name, conversation.externalNumber()));
        em.refresh(conversation); // saving the customer tied the number's conversations in bulk
        conversation.tieTo(customer.id());
        audit.record(AuditAction.CONVERSATION_LINKED_TO_CUSTOMER, subject(conversation), null, conversation.toData());
        changed.fire(new ConversationChanged(conversation.id()));
        return customer;
    }

    public ConversationData tieToAppointment(String conversationId, String appointmentId) {
        Conversation conversation = conversations.lockForChange(conversationId);
        String appointment = appointments.get(appointmentId).id();
        if (conversations.tieToAppointment(conversation, appointment)) {
            audit.record(
                    AuditAction.CONVERSATION_LINKED_TO_APPOINTMENT,
                    subject(conversation),
                    null,
                    Map.of("appointmentId", appointment));
            changed.fire(new ConversationChanged(conversation.id()));
        }
        return conversation.toData();
    }

    private static String subject(Conversation conversation) {
        return "conversation " + conversation.toData().id();
    }

    /** The employee acting; a login that is no employee may look, but not claim or write in a conversation. */
    static String employeeOf(Actor actor, String field) {
        if (actor.employeeId() == null) {
            throw new ValidationException(
                    field, "your login id " + actor.loginId() + " is no employee in the directory");
        }
        return actor.employeeId();
    }

    private String nameOf(String employeeId) {
        return employees.find(employeeId).map(employee -> employee.name()).orElse("employee " + employeeId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.conversation.AttachmentData;
import io.textcenter.messaging.conversation.ConversationFilterData;
import io.textcenter.messaging.conversation.ConversationQueries;
import io.textcenter.messaging.conversation.Inbox;
import io.textcenter.messaging.directory.AppointmentLinks;
import io.textcenter.messaging.directory.AppointmentService;
import io.textcenter.messaging.directory.CustomerService;
import io.textcenter.messaging.directory.EmployeeService;
import io.textcenter.messaging.outbound.SendService;
import io.textcenter.messaging.web.graphql.model.Appointment;
import io.textcenter.messaging.web.graphql.model.Attachment;
import io.textcenter.messaging.web.graphql.model.Conversation;
import io.textcenter.messaging.web.graphql.model.ConversationFilter;
import io.textcenter.messaging.web.graphql.model.ConversationPage;
import io.textcenter.messaging.web.graphql.model.Customer;
import io.textcenter.messaging.web.graphql.model.Employee;
import io.textcenter.messaging.web.graphql.model.Message;
import io.textcenter.messaging.web.graphql.model.SendMessageInput;
import io.textcenter.messaging.web.graphql.model.SortOrder;
import io.textcenter.messaging.web.media.MediaUrls;
import io.textcenter.messaging.web.security.Caller;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Conversations and their messages, and sending. Every related object is resolved for a whole page at once (one
 * query per kind of object, whatever the page size).
 */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.TEXT_MESSAGING})
public class ConversationApi {

    @Inject
    ConversationQueries queries;

    @Inject
    SendService sending;

    @Inject
    Inbox inbox;

    @Inject
    ConversationViews views;

    @Inject
    CustomerService customers;

    @Inject
    EmployeeService employees;

    @Inject
    AppointmentService appointments;

    @Inject
    AppointmentLinks links;

    @Inject
    MediaUrls mediaUrls;

    @Inject
    Caller caller;

    @Query
    @Description("A conversation, or null when the id names none")
    public Conversation conversation(@NonNull @Id String id) {
        return queries.find(id).map(views::of).orElse(null);
    }

    @Query
    @Description("The shared inbox: latest activity first, filtered, paged by cursor (stable while texts arrive)")
    public @NonNull ConversationPage conversations(
            ConversationFilter filter, @DefaultValue("50") Integer first, String after) {
        ConversationFilterData matching = ConversationFilter.toData(filter);
        var page = inbox.page(matching, first == null ? 50 : first, after);
        return ConversationPage.of(page, views.of(page.items()), matching);
    }

    @Description("Conversations matching the filter now")
    public int totalCount(@Source ConversationPage page) {
        return inbox.count(page.filter());
    }

    @Mutation
    @Description("Queues a text (free text and/or images) as the calling employee; the outbox sends it")
    public @NonNull Message sendMessage(@NonNull SendMessageInput input) {
        return Message.of(sending.send(input.toRequest(), caller.loginId().orElse(null)));
    }

    @Mutation
    @Description(
            "Takes back a text that is still SCHEDULED: it is recorded as SKIPPED with who canceled it, never deleted;"
                    + " a text that is no longer SCHEDULED is a 'conflict' error")
    public @NonNull Message cancelScheduledMessage(@NonNull @Id String id) {
        return Message.of(sending.cancelScheduled(id, caller.loginId().orElse(null)));
    }

    @Query
    @Description("Texts still SCHEDULED, of one line and by one author (an employee's id) when given, soonest first")
    public @NonNull List<@NonNull Message> scheduledMessages(@Id String lineId, @Id String authorId) {
        return queries.scheduled(Optional.ofNullable(lineId), Optional.ofNullable(authorId)).stream()
                .map(Message::of)
                .toList();
    }

    @Name("claimedBy")
    public List<Employee> conversationClaimers(@Source List<Conversation> page) {
        return employeesOf(page, Conversation::claimedById);
    }

    @Name("employee")
    public List<Employee> conversationEmployees(@Source List<Conversation> page) {
        return employeesOf(page, Conversation::employeeId);
    }

    @Name("customer")
    public List<Customer> conversationCustomers(@Source List<Conversation> page) {
        Map<String, CustomerData> found =
                Lookup.byId(customers.findAll(ids(page, Conversation::customerId)), CustomerData::id);
        return page.stream()
                .map(conversation -> found.get(conversation.customerId()))
                .map(data -> data == null ? null : Customer.of(data))
                .toList();
    }

    @Name("messages")
    @Description("The conversation's latest messages (`last`, at most 500), or those before the message `before`, in"
            + " `order`; a longer history is read in parts, each `before` the oldest one read")
    public @NonNull List<@NonNull List<@NonNull Message>> conversationMessages(
            @Source List<Conversation> page,
            @DefaultValue("OLDEST_FIRST") SortOrder order,
            @DefaultValue("100") int last,
            @Id String before) {
        Map<String, List<Message>> byConversation =
                queries.latestMessagesOf(ids(page, Conversation::id), last, Optional.ofNullable(before)).stream()
                        .map(Message::of)
                        .collect(Collectors.groupingBy(Message::conversationId));
        return page.stream()
                .map(conversation -> {
                    List<Message> history = new ArrayList<>(byConversation.getOrDefault(conversation.id(), List.of()));
                    if (order == SortOrder.NEWEST_FIRST) {
                        Collections.reverse(history);
                    }
                    return (List<Message>) history;
                })
                .toList();
    }

    @Name("messageCount")
    @Description("How many messages the conversation holds, all of them, however many `messages` returns")
    public @NonNull List<@NonNull Integer> conversationMessageCounts(@Source List<Conversation> page) {
        Map<String, Integer> counts = queries.messageCounts(ids(page, Conversation::id));
        return page.stream()
                .map(conversation -> counts.getOrDefault(conversation.id(), 0))
                .toList();
    }

    @Name("appointments")
    public @NonNull List<@NonNull List<@NonNull Appointment>> conversationAppointments(
            @Source List<Conversation> page) {
        Map<String, List<String>> tied = queries.appointmentsOf(ids(page, Conversation::id));
        Map<String, AppointmentData> found = Lookup.byId(
                appointments.findAll(
                        tied.values().stream().flatMap(List::stream).distinct().toList()),
                AppointmentData::id);
        return page.stream()
                .map(conversation -> tied.getOrDefault(conversation.id(), List.of()).stream()
                        .map(found::get)
                        .filter(Objects::nonNull)
                        .map(data -> Appointment.of(data, links.of(data.id())))
                        .toList())
                .toList();
    }

    @Name("author")
    public List<Employee> messageAuthors(@Source List<Message> page) {
        Map<String, EmployeeData> found =
                Lookup.byId(employees.findAll(ids(page, Message::authorId)), EmployeeData::id);
        return page.stream()
                .map(message -> found.get(message.authorId()))
                .map(data -> data == null ? null : Employee.of(data))
                .toList();
    }

    @Name("attachments")
    public @NonNull List<@NonNull List<@NonNull Attachment>> messageAttachments(@Source List<Message> page) {
        Map<String, List<Attachment>> byMessage = queries.attachmentsOf(ids(page, Message::id)).stream()
                .collect(Collectors.groupingBy(
                        AttachmentData::messageId,
                        Collectors.mapping(
                                attachment -> new Attachment(mediaUrls.urlFor(attachment), attachment.contentType()),
                                Collectors.toList())));
        return page.stream()
                .map(message -> byMessage.getOrDefault(message.id(), List.of()))
                .toList();
    }

    @Name("textConversations")
    @Description("The customer's conversations, latest activity first (the profile's \"Text Messages\" tab)")
    public @NonNull List<@NonNull List<@NonNull Conversation>> customerConversations(@Source List<Customer> page) {
        Map<String, List<Conversation>> byCustomer = views.of(queries.ofCustomers(ids(page, Customer::id))).stream()
                .collect(Collectors.groupingBy(Conversation::customerId));
        return page.stream()
                .map(customer -> byCustomer.getOrDefault(customer.id(), List.of()))
                .toList();
    }

    @Name("textConversations")
    @Description("The employee's conversations, latest activity first")
    public @NonNull List<@NonNull List<@NonNull Conversation>> employeeConversations(@Source List<Employee> page) {
        Map<String, List<Conversation>> byEmployee = views.of(queries.ofEmployees(ids(page, Employee::id))).stream()
                .collect(Collectors.groupingBy(Conversation::employeeId));
        return page.stream()
                .map(employee -> byEmployee.getOrDefault(employee.id(), List.of()))
                .toList();
    }

    private List<Employee> employeesOf(List<Conversation> page, Function<Conversation, String> employeeId) {
        Map<String, EmployeeData> found = Lookup.byId(employees.findAll(ids(page, employeeId)), EmployeeData::id);
        return page.stream()
                .map(employeeId)
                .map(found::get)
                .map(data -> data == null ? null : Employee.of(data))
                .toList();
    }

    private static <T> Collection<String> ids(List<T> page, Function<T, String> id) {
        return page.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }
}

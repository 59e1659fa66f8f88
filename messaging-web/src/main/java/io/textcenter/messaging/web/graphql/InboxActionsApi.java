package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.conversation.Actor;
import io.textcenter.messaging.conversation.ConversationActions;
import io.textcenter.messaging.web.graphql.model.Conversation;
import io.textcenter.messaging.web.graphql.model.Customer;
import io.textcenter.messaging.web.graphql.model.Message;
import io.textcenter.messaging.web.security.Caller;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** What employees do with a conversation in the center, attributed to the calling employee. */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.TEXT_MESSAGING})
public class InboxActionsApi {

    @Inject
    ConversationActions actions;

    @Inject
    EmployeeDirectory employees;

    @Inject
    Caller caller;

    @Inject
    ConversationViews views;

    @Mutation
    @Description(
            "Takes the conversation (CLAIMED). Another employee's claim is a 'conflict' error naming them; an Administrator takes over.")
    public @NonNull Conversation claimConversation(@NonNull @Id String id) {
        return views.of(actions.claim(id, actor()));
    }

    @Mutation
    @Description("Marks it RESOLVED; resolving a resolved conversation changes nothing")
    public @NonNull Conversation resolveConversation(@NonNull @Id String id) {
        return views.of(actions.resolve(id, actor()));
    }

    @Mutation
    @Description("Opens a resolved conversation again (NEW, unclaimed); on any other it changes nothing")
    public @NonNull Conversation reopenConversation(@NonNull @Id String id) {
        return views.of(actions.reopen(id, actor()));
    }

    @Mutation
    @Description("An internal note for colleagues; never sent to the customer")
    public @NonNull Message whisper(@NonNull @Id String conversationId, @NonNull String body) {
        return Message.of(actions.whisper(conversationId, body, actor()));
    }

    @Mutation("setMessageReviewed") // named explicitly: SmallRye drops a "set" prefix from mutation names
    public @NonNull Message setMessageReviewed(@NonNull @Id String messageId, boolean reviewed) {
        return Message.of(actions.setReviewed(messageId, reviewed));
    }

    @Mutation
    @Description("Marks every message of the conversation reviewed")
    public @NonNull Conversation markConversationReviewed(@NonNull @Id String id) {
        return views.of(actions.markReviewed(id));
    }

    @Mutation
    public @NonNull Conversation linkConversationToCustomer(
            @NonNull @Id String conversationId, @NonNull @Id String customerId) {
        return views.of(actions.tieToCustomer(conversationId, customerId));
    }

    @Mutation
    @Description(
            "A new customer whose mobile is the conversation's number; every conversation with that number becomes theirs")
    public @NonNull Customer createCustomerFromConversation(@NonNull @Id String conversationId, @NonNull String name) {
        return Customer.of(actions.createCustomer(conversationId, name));
    }

    @Mutation
    public @NonNull Conversation linkConversationToAppointment(
            @NonNull @Id String conversationId, @NonNull @Id String appointmentId) {
        return views.of(actions.tieToAppointment(conversationId, appointmentId));
    }

    private Actor actor() {
        String loginId = caller.loginId().orElseThrow();
        return new Actor(
                employees.findByLoginId(loginId).map(EmployeeData::id).orElse(null), loginId, caller.isAdministrator());
    }
}

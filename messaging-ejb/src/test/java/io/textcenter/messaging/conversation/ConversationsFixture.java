package io.textcenter.messaging.conversation;

import io.textcenter.messaging.persistence.NoCustomers;
import io.textcenter.messaging.persistence.NoEmployees;
import io.textcenter.messaging.persistence.NoEvents;
import jakarta.persistence.EntityManager;

/** The conversations of a component test's database, in a directory that knows nobody. */
public final class ConversationsFixture {

    private ConversationsFixture() {}

    public static Conversations on(EntityManager em) {
        Conversations conversations = new Conversations();
        conversations.em = em;
        conversations.customers = new NoCustomers();
        conversations.employees = new NoEmployees();
        conversations.changed = new NoEvents<>();
        return conversations;
    }

    public static ConversationQueries queries(EntityManager em) {
        ConversationQueries queries = new ConversationQueries();
        queries.em = em;
        return queries;
    }
}

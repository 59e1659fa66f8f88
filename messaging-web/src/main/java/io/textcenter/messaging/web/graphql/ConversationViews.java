package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.conversation.ConversationData;
import io.textcenter.messaging.conversation.ConversationQueries;
import io.textcenter.messaging.web.graphql.model.Conversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** Conversations as GraphQL shows them, with their unreviewed counts read in one query per batch. */
@ApplicationScoped
public class ConversationViews {

    @Inject
    ConversationQueries queries;

    public List<Conversation> of(List<ConversationData> conversations) {
        Map<String, Integer> counts = queries.unreviewedCounts(conversations.stream().map(ConversationData::id).toList());
        return conversations.stream().map(data -> Conversation.of(data, counts.getOrDefault(data.id(), 0))).toList();
    }

    public Conversation of(ConversationData conversation) {
        return of(List.of(conversation)).get(0);
    }
}

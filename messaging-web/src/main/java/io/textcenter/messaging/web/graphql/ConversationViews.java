package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.conversation.ConversationData;
import io.textcenter.messaging.conversation.ConversationQueries;
import io.textcenter.messaging.settings.RecentLines;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.web.graphql.model.Conversation;
import io.textcenter.messaging.web.graphql.model.SenderLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Conversations as GraphQL shows them, with their unreviewed counts read in one query per batch and their lines as read
 * a moment ago ({@link RecentLines}). These are plain fields, not resolvers: subscription events, which SmallRye
 * resolves one by one, carry them too.
 */
@ApplicationScoped
public class ConversationViews {

    @Inject
    ConversationQueries queries;

    @Inject
    RecentLines lines;

    public List<Conversation> of(List<ConversationData> conversations) {
        Map<String, Integer> counts = queries.unreviewedCounts(
                conversations.stream().map(ConversationData::id).toList());
        Map<String, SenderLineData> linesById = lines.byId(conversations.stream()
                .map(ConversationData::lineId)
                .filter(Objects::nonNull)
                .toList());
        return conversations.stream()
                .map(data -> Conversation.of(
                        data, counts.getOrDefault(data.id(), 0), SenderLine.of(linesById.get(data.lineId()))))
                .toList();
    }

    public Conversation of(ConversationData conversation) {
        return of(List.of(conversation)).get(0);
    }

    /**
     * These conversations as they are now (those that exist), read in one transaction: live updates run on the
     * module's own threads, where the reads (which need no transaction within a request) must have one.
     */
    @Transactional
    public List<Conversation> current(Collection<String> ids) {
        return of(queries.byIds(ids));
    }
}

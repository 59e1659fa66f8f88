package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.conversation.ConversationFilterData;
import io.textcenter.messaging.conversation.ConversationPageData;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * GraphQL {@code ConversationPage}: pass {@code nextCursor} as {@code after} for the next page; null on the last.
 * {@code totalCount} is counted only when asked for (ConversationApi), with the filter the page keeps.
 */
public record ConversationPage(
        @NonNull List<@NonNull Conversation> items,
        String nextCursor,
        @Ignore ConversationFilterData filter) {

    public static ConversationPage of(
            ConversationPageData page, List<Conversation> items, ConversationFilterData filter) {
        return new ConversationPage(items, page.nextCursor(), filter);
    }
}

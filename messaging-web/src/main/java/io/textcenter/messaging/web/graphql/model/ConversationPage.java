package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.conversation.ConversationPageData;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL {@code ConversationPage}: pass {@code nextCursor} as {@code after} for the next page; null on the last. */
public record ConversationPage(@NonNull List<@NonNull Conversation> items, String nextCursor,
                               @Description("Conversations matching the filter now") int totalCount) {

    public static ConversationPage of(ConversationPageData page, List<Conversation> items) {
        return new ConversationPage(items, page.nextCursor(), page.totalCount());
    }
}

package io.textcenter.messaging.conversation;

import java.util.List;

/** One page of the inbox; {@code nextCursor} is null on the last page. */
public record ConversationPageData(List<ConversationData> items, String nextCursor) {}

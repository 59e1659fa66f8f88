package io.textcenter.messaging.inbound;

import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.Conversations;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conversations a group of received texts goes to: those that exist read with one query per line, the missing
 * ones started together, so that a group costs the same few statements however many senders it has.
 */
final class OpenConversations {

    private final Map<ConversationKey, Conversation> open = new HashMap<>();
    private final Set<ConversationKey> started = new HashSet<>();

    private OpenConversations() {}

    static OpenConversations of(Conversations conversations, Collection<PlacedText> texts, OffsetDateTime at) {
        OpenConversations opened = new OpenConversations();
        texts.stream()
                .collect(Collectors.groupingBy(
                        PlacedText::lineId, Collectors.mapping(PlacedText::from, Collectors.toSet())))
                .forEach((lineId, numbers) -> {
                    Map<String, Conversation> existing = conversations.find(lineId, numbers);
                    List<String> missing = numbers.stream()
                            .filter(number -> !existing.containsKey(number))
                            .toList();
                    existing.forEach((number, found) -> opened.open.put(new ConversationKey(lineId, number), found));
                    conversations.start(lineId, missing, at).forEach((number, begun) -> {
                        opened.open.put(new ConversationKey(lineId, number), begun);
                        opened.started.add(new ConversationKey(lineId, number));
                    });
                });
        return opened;
    }

    Conversation of(PlacedText text) {
        return open.get(text.key());
    }

    /** Whether the text starts its conversation: true once for each conversation started here, for its first text. */
    boolean startedBy(PlacedText text) {
        return started.remove(text.key());
    }
}

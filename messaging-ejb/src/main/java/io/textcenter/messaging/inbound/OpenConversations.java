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
    private final Set<PlacedText> firstMessages = new HashSet<>();

    private OpenConversations() {}

    /** The conversations of these texts (in the order they came), those missing started at {@code at}. */
    static OpenConversations of(Conversations conversations, Collection<PlacedText> texts, OffsetDateTime at) {
        OpenConversations opened = new OpenConversations();
        Set<ConversationKey> started = new HashSet<>();
        texts.stream()
                .collect(Collectors.groupingBy(
                        PlacedText::lineId, Collectors.mapping(PlacedText::from, Collectors.toSet())))
                .forEach((lineId, numbers) -> {
                    Map<String, Conversation> existing = conversations.find(lineId, numbers);
                    existing.forEach((number, found) -> opened.open.put(new ConversationKey(lineId, number), found));
                    List<String> missing = numbers.stream()
                            .filter(number -> !existing.containsKey(number))
                            .toList();
                    conversations.start(lineId, missing, at).forEach((number, begun) -> {
                        ConversationKey key = new ConversationKey(lineId, number);
                        opened.open.put(key, begun);
                        started.add(key);
                    });
                });
        for (PlacedText text : texts) {
            if (started.remove(text.key())) {
                opened.firstMessages.add(text);
            }
        }
        return opened;
    }

    Conversation of(PlacedText text) {
        return open.get(text.key());
    }

    /** Whether the text is the first message of its conversation: the first of the texts that started it. */
    boolean isFirstMessage(PlacedText text) {
        return firstMessages.contains(text);
    }
}

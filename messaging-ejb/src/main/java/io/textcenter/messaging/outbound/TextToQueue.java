package io.textcenter.messaging.outbound;

import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.MediaItem;
import java.util.List;

/** One text of many queued at once ({@link Outbox#queueAll}): where it goes and what it says. */
public record TextToQueue(Conversation conversation, String body, List<MediaItem> media) {}

package io.textcenter.messaging.conversation;

import java.util.List;

/**
 * What an outbound text says, with its media, and who wrote it.
 *
 * @param authorId the employee who wrote or sent it; null for the module's own (notifications, auto-responses)
 */
public record OutboundText(MessageKind kind, String body, List<MediaItem> media, String authorId) {}

package io.textcenter.messaging.outbound;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A text someone in the center sends: into a conversation, or to a number from a line (which starts or continues that
 * conversation); now, or at {@code sendAt} when given.
 */
public record SendRequest(
        String conversationId,
        String to,
        String lineId,
        String body,
        String templateId,
        List<String> imageUrls,
        OffsetDateTime sendAt) {}

package io.textcenter.messaging.bulk;

import io.textcenter.messaging.conversation.MediaItem;
import java.util.List;

/**
 * One recipient, ready for the outbox: the number and rendered text, or the reason they are skipped.
 *
 * @param to         E.164; null when skipped
 * @param skipReason null unless skipped
 */
public record BulkItem(String recipientId, String to, String body, List<MediaItem> media, String skipReason) {

    static BulkItem skipped(String recipientId, String reason) {
        return new BulkItem(recipientId, null, null, List.of(), reason);
    }
}

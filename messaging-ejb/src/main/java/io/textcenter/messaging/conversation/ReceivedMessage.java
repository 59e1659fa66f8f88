package io.textcenter.messaging.conversation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A received text as its conversation records it.
 *
 * @param at            when the carrier received it (for a text read back from the carrier's log, the log's time)
 * @param recoveredLate read back from the carrier's log too late for automatic answers
 */
public record ReceivedMessage(
        String carrierSid,
        MessageKind kind,
        String body,
        List<MediaItem> media,
        OffsetDateTime at,
        boolean recoveredLate) {}

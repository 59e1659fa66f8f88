package io.textcenter.messaging.inbound;

import io.textcenter.messaging.settings.SenderLineData;

/**
 * A received text that can be stored, with the line it came to and who sent it: an E.164 number ({@code fromPhone}),
 * or a sender id (a short code, an alphanumeric sender) kept as it came.
 */
record PlacedText(InboundText text, SenderLineData line, String from, boolean fromPhone) {

    long lineId() {
        return Long.parseLong(line.id());
    }

    ConversationKey key() {
        return new ConversationKey(lineId(), from);
    }
}

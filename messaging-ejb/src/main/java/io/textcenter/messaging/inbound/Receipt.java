package io.textcenter.messaging.inbound;

import io.textcenter.messaging.conversation.MessageData;
import java.util.Optional;

/** What became of one received text of several stored together: stored (empty when received before) or refused. */
public record Receipt(Optional<MessageData> stored, RuntimeException refusal) {

    static Receipt stored(Optional<MessageData> message) {
        return new Receipt(message, null);
    }

    static Receipt refused(RuntimeException refusal) {
        return new Receipt(Optional.empty(), refusal);
    }

    Optional<MessageData> orThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return stored;
    }
}

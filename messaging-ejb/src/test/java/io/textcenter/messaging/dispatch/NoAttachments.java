package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.conversation.AttachmentData;
import io.textcenter.messaging.conversation.ConversationQueries;
import java.util.Collection;
import java.util.List;

/** Texts without media. */
final class NoAttachments extends ConversationQueries {

    @Override
    public List<AttachmentData> attachmentsOf(Collection<String> messageIds) {
        return List.of();
    }
}

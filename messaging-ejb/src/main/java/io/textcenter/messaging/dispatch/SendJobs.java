package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.carrier.OutgoingText;
import io.textcenter.messaging.conversation.AttachmentData;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.ConversationQueries;
import io.textcenter.messaging.conversation.Message;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.settings.TwilioSettingsService;
import io.textcenter.messaging.settings.WebhookPaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a sender needs to hand a claimed message to the carrier: the line, the account, the media, in one job. */
@ApplicationScoped
class SendJobs {

    @Inject
    ConversationQueries queries;

    @Inject
    TwilioSettingsService twilio;

    /** The line at {@code pace}, with the status callback and account as they are now. */
    SendingLine sendingLine(SenderLineData line, double pace) {
        return new SendingLine(
                line, pace, twilio.publicBaseUrl().map(WebhookPaths::statusCallbackUrl), twilio.credentials());
    }

    /** The media URLs of these messages, by message id, in order. */
    Map<String, List<String>> mediaOf(List<Long> messageIds) {
        return queries
                .attachmentsOf(messageIds.stream().map(id -> Long.toString(id)).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        AttachmentData::messageId, Collectors.mapping(AttachmentData::sourceUrl, Collectors.toList())));
    }

    static SendJob job(
            Message message, Conversation conversation, List<String> media, Instant slot, SendingLine sending) {
        OutgoingText text = new OutgoingText(
                sending.line().phoneNumber(),
                conversation.externalNumber(),
                message.body(),
                media,
                sending.statusCallback().orElse(null));
        return new SendJob(
                message.id(),
                message.lineId(),
                message.delivery().attempts(),
                slot,
                LinePace.interval(sending.pace()),
                text,
                sending.account());
    }
}

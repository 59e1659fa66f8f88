package io.textcenter.messaging.inbound;

import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.consent.ConsentKeyword;
import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.ConversationQueries;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.MediaItem;
import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.outbound.Outbox;
import io.textcenter.messaging.responder.AutoResponses;
import io.textcenter.messaging.settings.LineKind;
import io.textcenter.messaging.settings.RecentLines;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.validation.PhoneNumbers;
import io.textcenter.messaging.validation.Text;
import io.textcenter.messaging.validation.Urls;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What happens to a received text, in one transaction: stored once (by its MessageSid) in the conversation of that
 * line and number, consent keywords applied, and any answer queued in the outbox.
 */
@Stateless
public class InboundService {

    static final Duration OUTBOUND_ONLY_REPLY_INTERVAL = Duration.ofHours(24);
    private static final Pattern CARRIER_SID = Pattern.compile("[A-Z]{2}[0-9a-f]{32}", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CONTENT_TYPE = 200;

    @Inject
    private RecentLines lines;

    @Inject
    private Conversations conversations;

    @Inject
    private ConversationQueries queries;

    @Inject
    private ConsentService consent;

    @Inject
    private Outbox outbox;

    @Inject
    private PhoneNumbers phoneNumbers;

    @Inject
    private AutoResponses autoResponses;

    @Inject
    @ConfigProperty(name = "messaging.outbound-only.reply")
    String outboundOnlyReply;

    /** The stored message; empty when this MessageSid was received before (a carrier retry: nothing changes). */
    public Optional<MessageData> receive(InboundText posted) {
        InboundText text = storable(posted);
        if (alreadyReceived(text.carrierSid())) {
            return Optional.empty();
        }
        String to = phoneNumbers.require("To", text.to());
        String from = phoneNumbers.require("From", text.from());
        SenderLineData line = lines.withNumber(to).orElseThrow(() -> new UnknownLineException(to));
        OffsetDateTime now = OffsetDateTime.now(Clock.systemUTC());
        long lineId = Long.parseLong(line.id());
        Optional<Conversation> existing = conversations.find(lineId, from);
        boolean firstMessage = existing.isEmpty();
        Conversation conversation = existing.orElseGet(() -> conversations.start(lineId, from, now));

        ConsentKeyword keyword = ConsentKeyword.of(text.body());
        MessageKind kind = switch (keyword) {
            case OPT_OUT -> MessageKind.OPT_OUT;
            case OPT_IN -> MessageKind.OPT_IN;
            default -> MessageKind.TEXT;
        };
        MessageData received = conversations.received(conversation, text.carrierSid(), kind, text.body(), text.media(), now);
        switch (keyword) {
            case OPT_OUT -> consent.optOut(from, "keyword " + text.body().strip());
            case OPT_IN -> consent.optIn(from);
            case HELP -> { } // the carrier answers HELP itself; the message is kept for the center
            case NONE -> answer(line, conversation, text.body(), firstMessage, now);
        }
        return Optional.of(received);
    }

    /**
     * The text as it can be stored whole, or a validation error: a carrier message id (two letters and 32 hex digits),
     * absolute http(s) media URLs with a content type. A NUL character, which PostgreSQL cannot store in text, becomes
     * the replacement character rather than losing the customer's text.
     */
    private static InboundText storable(InboundText text) {
        if (text.carrierSid() == null || !CARRIER_SID.matcher(text.carrierSid()).matches()) {
            throw new ValidationException("MessageSid", "is not a carrier message id");
        }
        List<MediaItem> media = new ArrayList<>();
        for (int n = 0; n < text.media().size(); n++) {
            MediaItem item = text.media().get(n);
            media.add(new MediaItem(Urls.required("MediaUrl" + n, item.url()), Text.required("MediaContentType" + n, item.contentType(), MAX_CONTENT_TYPE)));
        }
        String body = text.body() == null ? null : text.body().replace('\u0000', '\uFFFD');
        return new InboundText(text.carrierSid(), text.from(), text.to(), body, media);
    }

    public boolean alreadyReceived(String carrierSid) {
        return queries.messageBySid(carrierSid).isPresent();
    }

    /**
     * Nobody reads replies to an outbound-only number: say so, at most once a day per number (no reply loops). On a
     * two-way line the auto-responders decide.
     */
    private void answer(SenderLineData line, Conversation conversation, String body, boolean firstMessage, OffsetDateTime now) {
        if (line.kind() == LineKind.OUTBOUND_ONLY) {
            if (!conversations.hasSince(conversation, MessageKind.AUTO_RESPONSE, now.minus(OUTBOUND_ONLY_REPLY_INTERVAL))) {
                outbox.queue(conversation, MessageKind.AUTO_RESPONSE, outboundOnlyReply, List.of(), null);
            }
            return;
        }
        autoResponses.answer(conversation, conversation.toData(), body, firstMessage, now);
    }
}

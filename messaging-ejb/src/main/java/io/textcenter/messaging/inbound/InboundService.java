package io.textcenter.messaging.inbound;

import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.carrier.CarrierLimits;
import io.textcenter.messaging.consent.ConsentKeyword;
import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.ConversationQueries;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.MediaItem;
import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.conversation.OutboundText;
import io.textcenter.messaging.conversation.ReceivedMessage;
import io.textcenter.messaging.outbound.Outbox;
import io.textcenter.messaging.responder.AutoResponses;
import io.textcenter.messaging.settings.LineKind;
import io.textcenter.messaging.settings.RecentLines;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.validation.PhoneNumbers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens to a received text, in one transaction: stored once (by its MessageSid) in the conversation of that
 * line and number, consent keywords applied, and any answer queued in the outbox.
 */
@Stateless
public class InboundService {

    static final Duration OUTBOUND_ONLY_REPLY_INTERVAL = Duration.ofHours(24);
    private static final Pattern CARRIER_SID = Pattern.compile("[A-Z]{2}[0-9a-f]{32}", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CONTENT_TYPE = 200;
    private static final int MAX_URL = 2000;
    private static final String GENERIC_CONTENT_TYPE = "application/octet-stream";
    /** The conversation column's width; alphanumeric senders have at most 11 characters, short codes 6 digits. */
    private static final int MAX_SENDER_ID = 16;

    private static final String UNKNOWN_SENDER = "unknown";

    @Inject
    Clock clock;

    @Inject
    RecentLines lines;

    @Inject
    Conversations conversations;

    @Inject
    ConversationQueries queries;

    @Inject
    ConsentService consent;

    @Inject
    Outbox outbox;

    @Inject
    PhoneNumbers phoneNumbers;

    @Inject
    AutoResponses autoResponses;

    @Inject
    @ConfigProperty(name = "messaging.outbound-only.reply")
    String outboundOnlyReply;

    /** The stored message; empty when this MessageSid was received before (a carrier retry: nothing changes). */
    public Optional<MessageData> receive(InboundText posted) {
        return store(posted, OffsetDateTime.now(clock), true);
    }

    /**
     * Each text as {@link #receive} stores it, all in one transaction. A text refused before anything of it is written
     * (not a carrier message id, not one of the lines) is refused alone; any other failure rolls back them all. The
     * group reads what it needs first (its MessageSids with one query, its conversations with one per line, those it
     * starts begun together): no query then runs between one text's writes and the next's but those an attachment or
     * an automatic answer needs, so the messages and conversations' times mostly reach the database as batches.
     */
    public List<Receipt> receiveAll(List<InboundText> texts) {
        Receipt[] receipts = new Receipt[texts.size()];
        Map<Integer, InboundText> valid = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                valid.put(i, storable(texts.get(i)));
            } catch (ValidationException refused) {
                receipts[i] = Receipt.refused(refused);
            }
        }
        Set<String> storedSids = new HashSet<>(alreadyReceived(
                valid.values().stream().map(InboundText::carrierSid).toList()));
        Map<Integer, PlacedText> placed = new LinkedHashMap<>();
        valid.forEach((i, text) -> {
            if (storedSids.contains(text.carrierSid())) {
                receipts[i] = Receipt.stored(Optional.empty());
                return;
            }
            try {
                placed.put(i, placed(text));
                // only now: a copy refused when placed must not make a later, placeable copy look stored
                storedSids.add(text.carrierSid());
            } catch (ValidationException | UnknownLineException refused) {
                receipts[i] = Receipt.refused(refused);
            }
        });
        OpenConversations open = OpenConversations.of(conversations, placed.values(), OffsetDateTime.now(clock));
        placed.forEach((i, text) -> receipts[i] = Receipt.stored(
                Optional.of(write(text, open.of(text), open.isFirstMessage(text), OffsetDateTime.now(clock), true))));
        return List.of(receipts);
    }

    /**
     * A text the carrier received at {@code receivedAt} whose webhook never came, read back from its log: stored as
     * its webhook would have stored it. Automatic answers go out only while it is recent ({@code answer}); otherwise it
     * is marked as recovered too late for them. Empty when it was stored before.
     */
    public Optional<MessageData> recover(InboundText logged, OffsetDateTime receivedAt, boolean answer) {
        return store(logged, receivedAt, answer);
    }

    private Optional<MessageData> store(InboundText posted, OffsetDateTime at, boolean answer) {
        InboundText text = storable(posted);
        if (alreadyReceived(text.carrierSid())) {
            return Optional.empty();
        }
        PlacedText placed = placed(text);
        Optional<Conversation> existing = conversations.find(placed.lineId(), placed.from());
        Conversation conversation = existing.orElseGet(() -> conversations.start(placed.lineId(), placed.from(), at));
        return Optional.of(write(placed, conversation, existing.isEmpty(), at, answer));
    }

    /** The line the text came to and who sent it: an E.164 number, or the sender id as it came. */
    private PlacedText placed(InboundText text) {
        String to = phoneNumbers.require("To", text.to());
        SenderLineData line = lines.withNumber(to).orElseThrow(() -> new UnknownLineException(to));
        Optional<String> phoneNumber = phoneNumbers.e164(text.from());
        return new PlacedText(text, line, phoneNumber.orElseGet(() -> senderId(text.from())), phoneNumber.isPresent());
    }

    /**
     * Stores the text in its conversation ({@code firstMessage} when the conversation starts with it), applies its
     * consent keyword and queues any answer.
     */
    private MessageData write(
            PlacedText placed, Conversation conversation, boolean firstMessage, OffsetDateTime at, boolean answer) {
        InboundText text = placed.text();
        String from = placed.from();
        ConsentKeyword keyword = placed.fromPhone() ? ConsentKeyword.of(text.body()) : ConsentKeyword.NONE;
        MessageKind kind = switch (keyword) {
            case OPT_OUT -> MessageKind.OPT_OUT;
            case OPT_IN -> MessageKind.OPT_IN;
            default -> MessageKind.TEXT;
        };
        boolean answered = answer && placed.fromPhone();
        MessageData received = conversations.received(
                conversation, new ReceivedMessage(text.carrierSid(), kind, text.body(), text.media(), at, !answer));
        switch (keyword) {
            case OPT_OUT -> consent.optOut(from, "keyword " + text.body().strip());
            case OPT_IN -> consent.optIn(from);
            case HELP -> {} // the carrier answers HELP itself; the message is kept for the center
            case NONE -> {
                if (placed.fromPhone()) {
                    consent.signUpByKeyword(from, text.body());
                }
                if (answered) {
                    answer(placed.line(), conversation, text.body(), firstMessage, at);
                }
            }
        }
        return received;
    }

    /**
     * A sender that is not a phone number (a short code, an alphanumeric sender such as a carrier's notice) is kept as
     * it came, so that its text is not lost; nothing answers it automatically, since it cannot take replies.
     */
    private static String senderId(String from) {
        String sender = from == null || from.isBlank() ? UNKNOWN_SENDER : from.strip();
        return sender.length() > MAX_SENDER_ID ? sender.substring(0, MAX_SENDER_ID) : sender;
    }

    /**
     * The text as it can be stored whole, or a validation error when it has no carrier message id (two letters and 32
     * hex digits) or a body longer than a text can be. Media are kept as they came (a media type too long for its column becomes a generic one): whether a
     * URL is fetched is decided when someone opens it. A NUL character, which PostgreSQL cannot store in text, becomes
     * the replacement character rather than losing the customer's text.
     */
    private static InboundText storable(InboundText text) {
        if (text.carrierSid() == null || !CARRIER_SID.matcher(text.carrierSid()).matches()) {
            throw new ValidationException("MessageSid", "is not a carrier message id");
        }
        if (text.body() != null && text.body().length() > CarrierLimits.MAX_BODY_CHARACTERS) {
            throw new ValidationException(
                    "body",
                    "must be at most " + CarrierLimits.MAX_BODY_CHARACTERS
                            + " characters, the most one text carries (it has "
                            + text.body().length() + ")");
        }
        List<MediaItem> media = new ArrayList<>();
        for (MediaItem item : text.media()) {
            String url = item.url().strip();
            String type = item.contentType() == null
                            || item.contentType().isBlank()
                            || item.contentType().length() > MAX_CONTENT_TYPE
                    ? GENERIC_CONTENT_TYPE
                    : item.contentType().strip();
            media.add(new MediaItem(url.length() > MAX_URL ? url.substring(0, MAX_URL) : url, type));
        }
        String body = text.body() == null ? null : text.body().replace('\u0000', '\uFFFD');
        return new InboundText(text.carrierSid(), text.from(), text.to(), body, media);
    }

    public boolean alreadyReceived(String carrierSid) {
        return queries.messageBySid(carrierSid).isPresent();
    }

    /** Which of these MessageSids were received before. */
    public Set<String> alreadyReceived(Collection<String> carrierSids) {
        return queries.knownSids(carrierSids);
    }

    /**
     * Nobody reads replies to an outbound-only number: say so, at most once a day per number (no reply loops). On a
     * two-way line the auto-responders decide.
     */
    private void answer(
            SenderLineData line, Conversation conversation, String body, boolean firstMessage, OffsetDateTime now) {
        if (line.kind() == LineKind.OUTBOUND_ONLY) {
            if (!conversations.hasSince(
                    conversation, MessageKind.AUTO_RESPONSE, now.minus(OUTBOUND_ONLY_REPLY_INTERVAL))) {
                outbox.queue(
                        conversation, new OutboundText(MessageKind.AUTO_RESPONSE, outboundOnlyReply, List.of(), null));
            }
            return;
        }
        autoResponses.answer(conversation, conversation.toData(), body, firstMessage, now);
    }
}

package io.textcenter.messaging.outbound;

import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.MediaItem;
import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.validation.PhoneNumbers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.URLConnection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Texts typed in the center, attributed to the employee who sent them. Invalid input queues nothing. */
@Stateless
public class SendService {

    static final int MAX_BODY = 1600;
    static final int MAX_MEDIA = 10;

    @Inject
    private Conversations conversations;

    @Inject
    private SenderLineService lines;

    @Inject
    private EmployeeDirectory employees;

    @Inject
    private PhoneNumbers phoneNumbers;

    @Inject
    private Outbox outbox;

    /** @param senderLoginId the acting employee's login id (the JWT's upn) */
    public MessageData send(SendRequest request, String senderLoginId) {
        if (request.templateId() != null) {
            throw new ValidationException("templateId", "templates are not available in this version; send a body");
        }
        List<MediaItem> media = media(request.imageUrls());
        String body = request.body() == null ? "" : request.body().strip();
        if (body.isEmpty() && media.isEmpty()) {
            throw new ValidationException("body", "must not be empty");
        }
        if (body.length() > MAX_BODY) {
            throw new ValidationException("body", "must be at most " + MAX_BODY + " characters (it has " + body.length() + ")");
        }
        Conversation conversation = conversationOf(request);
        String authorId = Optional.ofNullable(senderLoginId).flatMap(employees::findByLoginId).map(EmployeeData::id).orElse(null);
        return outbox.queue(conversation, MessageKind.TEXT, body, media, authorId);
    }

    private Conversation conversationOf(SendRequest request) {
        if (request.conversationId() != null) {
            return conversations.get(request.conversationId());
        }
        if (request.lineId() == null) {
            throw new ValidationException("lineId", "is needed to text a number without a conversation");
        }
        String to = phoneNumbers.require("to", request.to());
        long lineId = Long.parseLong(lines.get(request.lineId()).id());
        return conversations.openFor(lineId, to, OffsetDateTime.now(Clock.systemUTC()));
    }

    private static List<MediaItem> media(List<String> urls) {
        if (urls == null) {
            return List.of();
        }
        if (urls.size() > MAX_MEDIA) {
            throw new ValidationException("imageUrls", "at most " + MAX_MEDIA + " per message");
        }
        return urls.stream().map(url -> {
            URI uri = publicUrl(url);
            String type = URLConnection.guessContentTypeFromName(uri.getPath());
            return new MediaItem(url, type == null ? "application/octet-stream" : type);
        }).toList();
    }

    private static URI publicUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new ValidationException("imageUrls", "\"" + url + "\" is not an absolute http(s) URL");
    }
}

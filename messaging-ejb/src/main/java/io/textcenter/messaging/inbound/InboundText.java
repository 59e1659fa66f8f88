package io.textcenter.messaging.inbound;

import io.textcenter.messaging.conversation.MediaItem;
import java.util.List;

/** A text the carrier delivered to one of our lines: its MessageSid, the sender, our number, body and media. */
public record InboundText(String carrierSid, String from, String to, String body, List<MediaItem> media) {}

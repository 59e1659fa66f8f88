package io.textcenter.messaging.template;

import io.textcenter.messaging.conversation.MediaItem;
import java.util.List;

/** A message ready to queue: the rendered text and its media. */
public record Composed(Rendered text, List<MediaItem> media) {}

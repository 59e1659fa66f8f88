package io.textcenter.messaging.conversation;

/** One media item of a text in or out: where it is and what it is. */
public record MediaItem(String url, String contentType) {
}

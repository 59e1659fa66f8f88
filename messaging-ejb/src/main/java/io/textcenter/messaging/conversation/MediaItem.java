package io.textcenter.messaging.conversation;

import java.net.URI;
import java.net.URLConnection;

/** One media item of a text in or out: where it is and what it is. */
public record MediaItem(String url, String contentType) {

    /** A public URL to send, its type guessed from the file name. */
    public static MediaItem of(String url) {
        String type = URLConnection.guessContentTypeFromName(URI.create(url).getPath());
        return new MediaItem(url, type == null ? "application/octet-stream" : type);
    }
}

package io.textcenter.messaging.validation;

import io.textcenter.messaging.api.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;

/** Links that leave the module (in texts, as MMS media): absolute http(s) URLs. */
public final class Urls {

    static final int MAX_LENGTH = 2000;

    private Urls() {}

    /** The trimmed URL; blank or anything but an absolute http(s) URL is a validation error. */
    public static String required(String field, String value) {
        String url = optional(field, value);
        if (url == null) {
            throw new ValidationException(field, "a URL is required");
        }
        return url;
    }

    /** The trimmed URL, or null when blank; anything but an absolute http(s) URL is a validation error. */
    public static String optional(String field, String value) {
        String url = Text.optional(field, value, MAX_LENGTH);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        throw new ValidationException(field, "\"" + url + "\" is not an absolute http(s) URL");
    }
}

package io.textcenter.messaging.responder;

import java.util.Locale;

/** How a text is compared with a keyword: trimmed, any case, trailing punctuation ignored ("Confirm!" is "confirm"). */
final class Keywords {

    private Keywords() {}

    static String normalize(String text) {
        return text == null
                ? ""
                : text.strip().replaceAll("[\\p{Punct}\\s]+$", "").toLowerCase(Locale.ROOT);
    }
}

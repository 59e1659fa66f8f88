package io.textcenter.messaging.persistence;

import java.util.Locale;

/** A LIKE pattern (with ESCAPE '\') matching text that contains a fragment, any case; % and _ in it match themselves. */
public final class LikePattern {

    public static final String ESCAPE = "\\";

    private LikePattern() {}

    public static String containing(String fragment) {
        String literal = fragment.toLowerCase(Locale.ROOT)
                .replace(ESCAPE, ESCAPE + ESCAPE)
                .replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
        return "%" + literal + "%";
    }
}

package io.textcenter.messaging.consent;

import java.util.Locale;
import java.util.Set;

/** The carrier-standard keywords a whole inbound message can be (any case, surrounding spaces ignored). */
public enum ConsentKeyword {
    OPT_OUT,
    OPT_IN,
    HELP,
    NONE;

    private static final Set<String> OPT_OUT_WORDS =
            Set.of("STOP", "UNSUBSCRIBE", "END", "QUIT", "STOPALL", "REVOKE", "OPTOUT", "CANCEL");
    private static final Set<String> OPT_IN_WORDS = Set.of("START", "YES", "UNSTOP");
    private static final Set<String> HELP_WORDS = Set.of("HELP", "INFO");

    public static ConsentKeyword of(String body) {
        if (body == null) {
            return NONE;
        }
        String word = body.strip().toUpperCase(Locale.ROOT);
        if (OPT_OUT_WORDS.contains(word)) {
            return OPT_OUT;
        }
        if (OPT_IN_WORDS.contains(word)) {
            return OPT_IN;
        }
        return HELP_WORDS.contains(word) ? HELP : NONE;
    }
}

package io.textcenter.messaging.carrier;

import java.util.BitSet;

/**
 * How many SMS segments a body takes. GSM-7 when every character is in the GSM 03.38 alphabet (extension characters
 * such as € { } [ ] ~ \ | ^ count twice): 160 septets in one segment, 153 per segment when split. Otherwise UCS-2: 70
 * UTF-16 units in one, 67 per segment when split.
 */
public final class Segments {

    // Sets of characters, not strings: every received and sent text is counted, and searching a string per character
    // showed in the webhook's profile.
    private static final BitSet GSM_BASIC =
            charactersOf("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    private static final BitSet GSM_EXTENSION = charactersOf("\f^{}\\[~]|€");

    private Segments() {}

    public static String encoding(String body) {
        return isGsm7(body) ? "GSM-7" : "UCS-2";
    }

    public static int count(String body) {
        if (body == null || body.isEmpty()) {
            return body == null ? 0 : 1;
        }
        if (isGsm7(body)) {
            int septets = body.chars().map(c -> GSM_EXTENSION.get(c) ? 2 : 1).sum();
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = body.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    private static boolean isGsm7(String body) {
        return body.chars().allMatch(c -> GSM_BASIC.get(c) || GSM_EXTENSION.get(c));
    }

    private static BitSet charactersOf(String alphabet) {
        BitSet characters = new BitSet();
        alphabet.chars().forEach(characters::set);
        return characters;
    }
}

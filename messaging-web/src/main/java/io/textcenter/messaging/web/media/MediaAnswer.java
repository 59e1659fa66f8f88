package io.textcenter.messaging.web.media;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headers media are answered with on the module's own origin, whatever type the sender claimed: inline only for
 * the types an MMS carries (images but SVG, audio, video, vCard, PDF), anything else as a download; never sniffed,
 * and sandboxed (no script, no same-origin access) should a browser render it anyway.
 */
final class MediaAnswer {

    private static final String DOWNLOAD = "application/octet-stream";
    private static final Set<String> INLINE_PREFIXES = Set.of("image/", "audio/", "video/");
    private static final Set<String> INLINE_TYPES = Set.of("text/vcard", "text/x-vcard", "application/pdf");
    private static final Set<String> NEVER_INLINE = Set.of("image/svg+xml");

    private MediaAnswer() {}

    static Map<String, String> headersFor(String claimedType) {
        String type = essence(claimedType);
        Map<String, String> headers = new LinkedHashMap<>();
        if (inline(type)) {
            headers.put("Content-Type", type);
        } else {
            headers.put("Content-Type", DOWNLOAD);
            headers.put("Content-Disposition", "attachment");
        }
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", "sandbox");
        return headers;
    }

    private static boolean inline(String type) {
        return !NEVER_INLINE.contains(type)
                && (INLINE_TYPES.contains(type) || INLINE_PREFIXES.stream().anyMatch(type::startsWith));
    }

    /** The media type without parameters, lower case ("Image/PNG; x=1" is "image/png"). */
    private static String essence(String contentType) {
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+") ? type : DOWNLOAD;
    }
}

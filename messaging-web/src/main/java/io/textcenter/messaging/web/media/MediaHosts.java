package io.textcenter.messaging.web.media;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Which media URLs the module may fetch: those on Twilio's API host (scheme, host and port as configured). */
final class MediaHosts {

    private MediaHosts() {}

    /** Whether {@code url} is an http(s) URL on the same scheme, host and port as {@code apiBaseUrl}. */
    static boolean isUnder(String url, String apiBaseUrl) {
        try {
            URI media = URI.create(url);
            URI api = URI.create(apiBaseUrl);
            return isHttp(media)
                    && media.getRawUserInfo() == null
                    && api.getHost() != null
                    && api.getScheme().equalsIgnoreCase(media.getScheme())
                    && api.getHost()
                            .toLowerCase(Locale.ROOT)
                            .equals(media.getHost().toLowerCase(Locale.ROOT))
                    && Objects.equals(port(api), port(media));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    static boolean isHttp(URI uri) {
        return uri.getHost() != null
                && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}

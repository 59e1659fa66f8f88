package io.textcenter.messaging.web.media;

import io.textcenter.messaging.inbound.SandboxPhone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pictures a customer can send from the sandbox phone: files of the page ({@code center/sandbox-pictures/}), so a
 * demo's MMS shows without a carrier to store it. In sandbox mode an attachment whose URL names one of them is read
 * from the WAR itself, whatever host the URL gives: nothing is fetched.
 */
@ApplicationScoped
public class SandboxPictures {

    static final String FOLDER = "/center/sandbox-pictures/";
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9-]{1,64}\\.jpg");

    @Inject
    SandboxPhone phone;

    @Inject
    ServletContext servlet;

    /** The picture this attachment URL names, when texts go to the sandbox and the WAR holds it. */
    Optional<InputStream> open(String mediaUrl) {
        String prefix = servlet.getContextPath() + FOLDER;
        String path;
        try {
            path = URI.create(mediaUrl).getPath();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (path == null
                || !path.startsWith(prefix)
                || !FILE_NAME.matcher(path.substring(prefix.length())).matches()
                || !phone.available()) {
            return Optional.empty();
        }
        return Optional.ofNullable(servlet.getResourceAsStream(FOLDER + path.substring(prefix.length())));
    }
}

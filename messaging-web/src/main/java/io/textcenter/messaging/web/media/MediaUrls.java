package io.textcenter.messaging.web.media;

import io.textcenter.messaging.conversation.AttachmentData;
import io.textcenter.messaging.persistence.ModuleSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * URLs for attachments that a browser can load in an {@code <img>} tag, which cannot send a bearer token. Received
 * media live at the carrier behind the account's credentials, so the module serves them itself at a URL that
 * carries an expiry and an HMAC signature, handed out only to callers of the (authenticated) GraphQL API.
 */
@ApplicationScoped
public class MediaUrls {

    static final String PATH = "/messaging/api/media/";
    private static final String KEY_NAME = "media-url-signing";
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    ModuleSecrets secrets;

    @Inject
    @ConfigProperty(name = "messaging.media.url-lifetime")
    Duration lifetime;

    @Inject
    Clock clock;

    public String urlFor(AttachmentData attachment) {
        if (!attachment.carrierHosted()) {
            return attachment.sourceUrl();
        }
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return PATH + attachment.id() + "?expires=" + expires + "&signature=" + signature(attachment.id(), expires);
    }

    /** Whether this signature was issued for this attachment and has not expired. */
    public boolean valid(String attachmentId, long expires, String signature) {
        return signature != null
                && expires >= clock.instant().getEpochSecond()
                && MessageDigest.isEqual(
                        signature(attachmentId, expires).getBytes(StandardCharsets.US_ASCII),
                        signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String attachmentId, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secrets.secret(KEY_NAME), ALGORITHM));
            byte[] digest = mac.doFinal((attachmentId + ":" + expires).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

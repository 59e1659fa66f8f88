package io.textcenter.messaging.web.twilio;

import com.twilio.security.RequestValidator;
import io.textcenter.messaging.settings.RecentWebhookSigningKey;
import io.textcenter.messaging.settings.WebhookPaths;
import io.textcenter.messaging.settings.WebhookSigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks X-Twilio-Signature with the Twilio SDK, over the URL Twilio called (the configured public base URL plus the
 * webhook's path, whatever proxies sit between) and every posted parameter. Without an account or a public base URL
 * no signature can be right.
 */
@ApplicationScoped
public class TwilioSignatures {

    public static final String HEADER = "X-Twilio-Signature";
    private static final Logger LOG = Logger.getLogger(TwilioSignatures.class.getName());

    @Inject
    RecentWebhookSigningKey signingKey;

    public boolean valid(String path, MultivaluedMap<String, String> form, String signature) {
        Optional<WebhookSigningKey> key = signingKey.get();
        if (key.isEmpty()) {
            LOG.warning(
                    "Webhook refused: set the Twilio account and public base URL (updateTwilioSettings) to accept webhooks");
            return false;
        }
        String url = key.get().publicBaseUrl() + path;
        Map<String, String> parameters = new HashMap<>();
        form.forEach((name, values) -> parameters.put(name, values.isEmpty() ? "" : values.get(0)));
        RequestValidator validator = new RequestValidator(key.get().authToken());
        // the webhook URLs carry Twilio's retry override; a signature over the URL with it is as good as one without
        if (signature == null
                || !validator.validate(url, parameters, signature)
                        && !validator.validate(url + WebhookPaths.RETRIES, parameters, signature)) {
            // says which URL was expected: a public base URL that is not the one Twilio calls refuses every webhook
            LOG.warning(() ->
                    "Webhook refused: " + (signature == null ? "no " + HEADER : "its signature is not one for " + url));
            return false;
        }
        return true;
    }
}

package io.textcenter.messaging.web.twilio;

import com.twilio.security.RequestValidator;
import io.textcenter.messaging.settings.TwilioCredentials;
import io.textcenter.messaging.settings.TwilioSettingsService;
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
    TwilioSettingsService twilio;

    public boolean valid(String path, MultivaluedMap<String, String> form, String signature) {
        Optional<TwilioCredentials> account = twilio.credentials();
        Optional<String> publicBaseUrl = twilio.publicBaseUrl();
        if (signature == null || account.isEmpty() || publicBaseUrl.isEmpty()) {
            if (account.isEmpty() || publicBaseUrl.isEmpty()) {
                LOG.warning("Webhook refused: set the Twilio account and public base URL (updateTwilioSettings) to accept webhooks");
            }
            return false;
        }
        Map<String, String> parameters = new HashMap<>();
        form.forEach((name, values) -> parameters.put(name, values.isEmpty() ? "" : values.get(0)));
        return new RequestValidator(account.get().authToken()).validate(publicBaseUrl.get() + path, parameters, signature);
    }
}

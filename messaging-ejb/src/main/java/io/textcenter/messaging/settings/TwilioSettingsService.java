package io.textcenter.messaging.settings;

import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.audit.AuditAction;
import io.textcenter.messaging.audit.AuditTrail;
import io.textcenter.messaging.persistence.SecretBox;
import io.textcenter.messaging.validation.Text;
import io.textcenter.messaging.validation.Urls;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.regex.Pattern;

/** The Twilio account the module sends through. The auth token is write-only: stored, never returned, never logged. */
@Stateless
public class TwilioSettingsService {

    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final int ACCOUNT_SID_LENGTH = 34;
    private static final int AUTH_TOKEN_LENGTH = 128;

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private Event<TwilioSettingsChanged> changed;

    @Inject
    private SecretBox box;

    @Inject
    private AuditTrail audit;

    public TwilioSettingsView update(String accountSid, String authToken, String publicBaseUrl) {
        String sid = Text.required("accountSid", accountSid, ACCOUNT_SID_LENGTH);
        if (!ACCOUNT_SID.matcher(sid).matches()) {
            throw new ValidationException("accountSid", "must be \"AC\" followed by 32 hexadecimal digits");
        }
        String token = Text.required("authToken", authToken, AUTH_TOKEN_LENGTH);
        String baseUrl = httpUrl("publicBaseUrl", publicBaseUrl);

        // saves of the one row wait for each other, so that the later one stands and none fails on the row's version
        TwilioSettings settings = em.find(TwilioSettings.class, TwilioSettings.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        TwilioSettingsView before = settings == null ? null : settings.toView();
        if (settings == null) {
            settings = TwilioSettings.empty();
            em.persist(settings);
        }
        settings.update(sid, token, baseUrl, box);
        // the view says whether a token is set, never which: no secret reaches the trail
        audit.record(AuditAction.TWILIO_ACCOUNT_CHANGED, "Twilio account", before, settings.toView());
        changed.fire(new TwilioSettingsChanged());
        return settings.toView();
    }

    public TwilioSettingsView current() {
        return stored().toView();
    }

    /** The account to send through and to check webhook signatures with; empty while none is configured. */
    public Optional<TwilioCredentials> credentials() {
        return stored().credentials(box);
    }

    /** Where Twilio reaches this module, e.g. https://texts.example.com (no trailing slash); empty when not set. */
    public Optional<String> publicBaseUrl() {
        return Optional.ofNullable(stored().publicBaseUrl());
    }

    /** What webhook signatures are checked with; empty until both the account and the public base URL are set. */
    public Optional<WebhookSigningKey> webhookSigningKey() {
        return stored().webhookSigningKey(box);
    }

    private TwilioSettings stored() {
        TwilioSettings settings = em.find(TwilioSettings.class, TwilioSettings.THE_ROW);
        return settings == null ? TwilioSettings.empty() : settings;
    }

    /** The public address Twilio calls (webhook signatures are computed over it), without a trailing slash. */
    private static String httpUrl(String field, String url) {
        String valid = Urls.optional(field, url);
        return valid != null && valid.endsWith("/") ? valid.substring(0, valid.length() - 1) : valid;
    }
}

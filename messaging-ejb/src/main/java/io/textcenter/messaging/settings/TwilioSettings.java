package io.textcenter.messaging.settings;

import io.textcenter.messaging.persistence.SecretBox;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * The company's Twilio account (one row). The auth token is kept sealed ({@link SecretBox}) and leaves this class only
 * opened, to sign carrier calls and check webhooks.
 */
@Entity
@Table(name = "twilio_settings")
public class TwilioSettings {

    static final long THE_ROW = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "account_sid")
    private String accountSid;

    @Column(name = "auth_token")
    private String authToken;

    @Column(name = "public_base_url")
    private String publicBaseUrl;

    protected TwilioSettings() {
        // for JPA
    }

    static TwilioSettings empty() {
        TwilioSettings settings = new TwilioSettings();
        settings.id = THE_ROW;
        return settings;
    }

    void update(String accountSid, String authToken, String publicBaseUrl, SecretBox box) {
        this.accountSid = accountSid;
        this.authToken = box.seal(authToken);
        this.publicBaseUrl = publicBaseUrl;
    }

    Optional<TwilioCredentials> credentials(SecretBox box) {
        return accountSid == null || authToken == null
                ? Optional.empty()
                : Optional.of(new TwilioCredentials(accountSid, box.open(authToken)));
    }

    Optional<WebhookSigningKey> webhookSigningKey(SecretBox box) {
        return credentials(box)
                .map(account ->
                        publicBaseUrl == null ? null : new WebhookSigningKey(account.authToken(), publicBaseUrl));
    }

    String publicBaseUrl() {
        return publicBaseUrl;
    }

    TwilioSettingsView toView() {
        return new TwilioSettingsView(accountSid, authToken != null, publicBaseUrl);
    }

    @Override
    public String toString() {
        return "TwilioSettings[accountSid=" + accountSid + ", authToken=" + (authToken == null ? "unset" : "****")
                + "]";
    }
}

package io.textcenter.messaging.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Optional;

/** The company's Twilio account (one row). The auth token leaves this class only to sign carrier calls. */
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

    void update(String accountSid, String authToken, String publicBaseUrl) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.publicBaseUrl = publicBaseUrl;
    }

    Optional<TwilioCredentials> credentials() {
        return accountSid == null || authToken == null ? Optional.empty() : Optional.of(new TwilioCredentials(accountSid, authToken));
    }

    Optional<WebhookSigningKey> webhookSigningKey() {
        return credentials().isEmpty() || publicBaseUrl == null ? Optional.empty() : Optional.of(new WebhookSigningKey(authToken, publicBaseUrl));
    }

    String publicBaseUrl() {
        return publicBaseUrl;
    }

    TwilioSettingsView toView() {
        return new TwilioSettingsView(accountSid, authToken != null, publicBaseUrl);
    }

    @Override
    public String toString() {
        return "TwilioSettings[accountSid=" + accountSid + ", authToken=" + (authToken == null ? "unset" : "****") + "]";
    }
}

package io.textcenter.messaging.settings;

/**
 * What a webhook's X-Twilio-Signature is checked with: the account's auth token, over the public base URL Twilio
 * calls (e.g. https://texts.example.com, no trailing slash). Never returned through the API, never logged.
 */
public record WebhookSigningKey(String authToken, String publicBaseUrl) {

    @Override
    public String toString() {
        return "WebhookSigningKey[****, " + publicBaseUrl + "]";
    }
}

package io.textcenter.messaging.settings;

/** What signs carrier calls and webhooks. Never returned through the API, never logged. */
public record TwilioCredentials(String accountSid, String authToken) {

    @Override
    public String toString() {
        return "TwilioCredentials[" + accountSid + ", ****]";
    }
}

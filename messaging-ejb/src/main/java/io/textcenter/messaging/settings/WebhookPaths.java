package io.textcenter.messaging.settings;

/**
 * Where Twilio's webhooks reach the module, below the public base URL: the web module serves them, the outbox hands
 * the status callback's URL to Twilio with each text, and signatures are checked over them.
 */
public final class WebhookPaths {

    public static final String INBOUND = "/messaging/api/twilio/inbound";
    public static final String STATUS = "/messaging/api/twilio/status";
    /**
     * Twilio's connection override for a webhook URL: retry up to 3 times on a 5xx answer, a connect or a read
     * timeout. Without it Twilio retries only a failed connection, once. Twilio does not send it to the module.
     */
    public static final String RETRIES = "#rc=3&rp=5xx,ct,rt";

    private WebhookPaths() {}

    /** Where Twilio posts the texts a line receives, below this public base URL, with the retries asked for. */
    public static String inboundUrl(String publicBaseUrl) {
        return publicBaseUrl + INBOUND + RETRIES;
    }

    /** Where Twilio posts the delivery statuses of the texts the module sends, with the retries asked for. */
    public static String statusCallbackUrl(String publicBaseUrl) {
        return publicBaseUrl + STATUS + RETRIES;
    }
}

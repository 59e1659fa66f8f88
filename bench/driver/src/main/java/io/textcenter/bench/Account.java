package io.textcenter.bench;

/** The Twilio account the benchmarks configure (updateTwilioSettings) and the fake carrier accepts. */
record Account(String sid, String authToken) {

    static final Account BENCH = new Account("AC0123456789abcdef0123456789abcdef", "b3ncb3ncb3ncb3ncb3ncb3ncb3ncb3nc");

    /** Points the module at this account, with webhooks signed over {@code publicBaseUrl}. */
    void configure(GraphQL admin, String publicBaseUrl) {
        admin.call("mutation($sid: String!, $token: String!, $url: String) { updateTwilioSettings(accountSid: $sid, authToken: $token,"
                + " publicBaseUrl: $url) { accountSid } }", java.util.Map.of("sid", sid, "token", authToken, "url", publicBaseUrl));
    }
}

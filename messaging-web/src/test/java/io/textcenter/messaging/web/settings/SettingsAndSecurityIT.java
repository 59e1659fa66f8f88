package io.textcenter.messaging.web.settings;

import static io.textcenter.messaging.web.support.Fixtures.TOKENS;
import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.Reply;
import io.textcenter.messaging.web.support.Server;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Lines and the Twilio account (administrators), and who may call the API at all. */
@Isolated("it points the company at another Twilio account and public URL, which every class sends through")
class SettingsAndSecurityIT extends AgainstTheDeployedModule {

    private static final String SAVE_LINE =
            "mutation($input: SenderLineInput!) { saveSenderLine(input: $input) { id description phoneNumber kind active } }";
    private static final String LINES = "{ senderLines { id description phoneNumber kind active } }";
    private static final String UPDATE_TWILIO = """
            mutation($sid: String!, $token: String!, $url: String) {
              updateTwilioSettings(accountSid: $sid, authToken: $token, publicBaseUrl: $url) { accountSid authTokenSet publicBaseUrl } }""";
    private static final String TWILIO = "{ twilioSettings { accountSid authTokenSet publicBaseUrl } }";
    private static final String NUMBERS =
            "{ twilioPhoneNumbers { sid phoneNumber friendlyName smsUrl lineId connected } }";
    private static final String CONNECT = """
            mutation($sid: ID!, $description: String!) { connectTwilioNumber(sid: $sid, description: $description) { id phoneNumber kind } }""";
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeed";

    private Server server;
    private GraphQL graphQL;

    @BeforeEach
    void connect() {
        server = server();
        graphQL = server.graphQL();
    }

    @Test
    void anAdministratorAddsLinesInE164AndTheCenterSeesThem() {
        String number = localMobile();
        var saved = graphQL.call(
                adminToken(),
                SAVE_LINE,
                "input",
                Map.of("description", "Service line", "phoneNumber", number, "kind", "TWO_WAY"));
        assertEquals(e164(number), saved.string("saveSenderLine.phoneNumber"));
        assertEquals(JsonObject.TRUE, saved.data("saveSenderLine.active"), "active defaults to true");

        var lines = graphQL.call(agentToken(), LINES).array("senderLines");
        assertTrue(
                lines.stream()
                        .anyMatch(
                                line -> line.asJsonObject().getString("id").equals(saved.string("saveSenderLine.id"))),
                lines::toString);
    }

    /** Sender lines → "Connect a Twilio number": the seed's manual console steps, done through Twilio's API. */
    @Test
    void aNumberOfTheTwilioAccountBecomesALineWithItsWebhooksSetInTwilio() {
        Center.withFakeTwilio(server);
        FakeTwilio twilio = FakeTwilio.instance();
        String base = graphQL.call(adminToken(), TWILIO).string("twilioSettings.publicBaseUrl");
        String inbound = base + "/messaging/api/twilio/inbound#rc=3&rp=5xx,ct,rt";
        String number = e164(localMobile());
        String sid = twilio.ownsNumber(number, "https://demo.twilio.com/welcome/sms/reply");
        String alreadyHere = twilio.ownsNumber(e164(localMobile()), inbound);

        JsonObject listed = numberIn(graphQL.call(adminToken(), NUMBERS).array("twilioPhoneNumbers"), sid);
        assertEquals(number, listed.getString("phoneNumber"));
        assertFalse(listed.getBoolean("connected"));
        assertTrue(listed.isNull("lineId"));
        assertTrue(numberIn(graphQL.call(adminToken(), NUMBERS).array("twilioPhoneNumbers"), alreadyHere)
                .getBoolean("connected"));

        JsonObject line = graphQL.call(adminToken(), CONNECT, "sid", sid, "description", "Service (Twilio)")
                .data("connectTwilioNumber")
                .asJsonObject();
        assertEquals(number, line.getString("phoneNumber"));
        assertEquals("TWO_WAY", line.getString("kind"));
        var configured = twilio.numberUpdates(sid);
        assertEquals(1, configured.size());
        assertEquals(inbound, FakeTwilio.parameter(configured.get(0), "SmsUrl"));
        assertEquals("POST", FakeTwilio.parameter(configured.get(0), "SmsMethod"));
        assertEquals(inbound, FakeTwilio.parameter(configured.get(0), "SmsFallbackUrl"));
        assertEquals(
                base + "/messaging/api/twilio/status#rc=3&rp=5xx,ct,rt",
                FakeTwilio.parameter(configured.get(0), "StatusCallback"));
        assertEquals(
                line.getString("id"),
                numberIn(graphQL.call(adminToken(), NUMBERS).array("twilioPhoneNumbers"), sid)
                        .getString("lineId"));

        graphQL.call(adminToken(), CONNECT, "sid", "PN" + "0".repeat(32), "description", "Nobody's")
                .assertError("not-found", "PN");
        graphQL.call(adminToken(), CONNECT, "sid", "not-a-sid", "description", "Bad")
                .assertError("validation", "sid");
        graphQL.call(agentToken(), NUMBERS).assertError("forbidden", "Administrator");
    }

    private static JsonObject numberIn(jakarta.json.JsonArray numbers, String sid) {
        return numbers.getValuesAs(JsonObject.class).stream()
                .filter(number -> number.getString("sid").equals(sid))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNumberBelongsToOneLineAndBadLinesAreRefused() {
        String number = localMobile();
        var first = graphQL.call(
                adminToken(),
                SAVE_LINE,
                "input",
                Map.of("description", "Sales", "phoneNumber", number, "kind", "TWO_WAY"));
        graphQL.call(
                        adminToken(),
                        SAVE_LINE,
                        "input",
                        Map.of("description", "Sales 2", "phoneNumber", e164(number), "kind", "OUTBOUND_ONLY"))
                .assertError("validation", "phoneNumber");
        graphQL.call(
                        adminToken(),
                        SAVE_LINE,
                        "input",
                        Map.of("description", "Bad", "phoneNumber", "555", "kind", "TWO_WAY"))
                .assertError("validation", "phoneNumber");
        graphQL.call(
                        adminToken(),
                        SAVE_LINE,
                        "input",
                        Map.of("description", " ", "phoneNumber", localMobile(), "kind", "TWO_WAY"))
                .assertError("validation", "description");
        graphQL.call(
                        adminToken(),
                        SAVE_LINE,
                        "input",
                        Map.of(
                                "id",
                                "987654321",
                                "description",
                                "Gone",
                                "phoneNumber",
                                localMobile(),
                                "kind",
                                "TWO_WAY"))
                .assertError("not-found", "987654321");

        var renamed = graphQL.call(
                adminToken(),
                SAVE_LINE,
                "input",
                Map.of(
                        "id",
                        first.string("saveSenderLine.id"),
                        "description",
                        "Sales (main)",
                        "phoneNumber",
                        number,
                        "kind",
                        "TWO_WAY",
                        "active",
                        false));
        assertEquals("Sales (main)", renamed.string("saveSenderLine.description"));
        assertEquals(JsonObject.FALSE, renamed.data("saveSenderLine.active"));
    }

    @Test
    void theTwilioAuthTokenIsWriteOnly() {
        var updated = graphQL.call(
                adminToken(),
                UPDATE_TWILIO,
                "sid",
                ACCOUNT_SID,
                "token",
                AUTH_TOKEN,
                "url",
                "https://texts.example.com/");
        assertEquals(ACCOUNT_SID, updated.string("updateTwilioSettings.accountSid"));
        assertEquals(JsonObject.TRUE, updated.data("updateTwilioSettings.authTokenSet"));
        assertEquals("https://texts.example.com", updated.string("updateTwilioSettings.publicBaseUrl"));

        var read = graphQL.call(adminToken(), TWILIO);
        assertFalse(read.body().toString().contains(AUTH_TOKEN), "the token never comes back");
        assertEquals(JsonObject.TRUE, read.data("twilioSettings.authTokenSet"));
    }

    @Test
    void administratorsSavingTheTwilioAccountAtOnceAllSucceedAndOneOfTheirSavesStands() throws Exception {
        List<String> urls = IntStream.range(0, 6)
                .mapToObj(i -> "https://texts" + i + ".example.com")
                .toList();
        ExecutorService administrators = Executors.newFixedThreadPool(urls.size());
        try {
            List<Future<Reply>> saves = new ArrayList<>();
            for (String url : urls) {
                saves.add(administrators.submit(() -> graphQL.call(
                        adminToken(), UPDATE_TWILIO, "sid", ACCOUNT_SID, "token", AUTH_TOKEN, "url", url)));
            }
            for (Future<Reply> save : saves) {
                assertEquals(JsonObject.TRUE, save.get().data("updateTwilioSettings.authTokenSet"));
            }
        } finally {
            administrators.shutdown();
        }
        assertTrue(urls.contains(graphQL.call(adminToken(), TWILIO).string("twilioSettings.publicBaseUrl")));
    }

    @Test
    void theAuditLogSaysWhoChangedTheTwilioAccountAndNeverItsToken() {
        String login = "owner" + System.nanoTime();
        graphQL.call(
                        TOKENS.issue(login, "Administrator"),
                        UPDATE_TWILIO,
                        "sid",
                        ACCOUNT_SID,
                        "token",
                        AUTH_TOKEN,
                        "url",
                        null)
                .data("updateTwilioSettings");

        var log = graphQL.call(
                adminToken(),
                "query($f: AuditFilter) { auditLog(filter: $f, first: 5) { items { actor action subject before after } } }",
                "f",
                Map.of("actions", List.of("TWILIO_ACCOUNT_CHANGED"), "actor", login));
        JsonObject entry = log.array("auditLog.items").getJsonObject(0);
        assertEquals(login, entry.getString("actor"));
        assertEquals("Twilio account", entry.getString("subject"));
        assertTrue(entry.getString("after").contains(ACCOUNT_SID), entry::toString);
        assertFalse(log.body().toString().contains(AUTH_TOKEN), "no secret in the audit trail");
        graphQL.call(agentToken(), "{ auditLog { items { id } } }").assertError("forbidden", "Administrator");
    }

    @Test
    void badTwilioSettingsAreRefusedAndKeepTheOldOnes() {
        graphQL.call(
                adminToken(),
                UPDATE_TWILIO,
                "sid",
                ACCOUNT_SID,
                "token",
                AUTH_TOKEN,
                "url",
                "https://texts.example.com");

        graphQL.call(adminToken(), UPDATE_TWILIO, "sid", "AC123", "token", AUTH_TOKEN, "url", null)
                .assertError("validation", "accountSid");
        graphQL.call(adminToken(), UPDATE_TWILIO, "sid", ACCOUNT_SID, "token", "", "url", null)
                .assertError("validation", "authToken");
        graphQL.call(adminToken(), UPDATE_TWILIO, "sid", ACCOUNT_SID, "token", AUTH_TOKEN, "url", "ftp://x")
                .assertError("validation", "publicBaseUrl");

        assertEquals(
                "https://texts.example.com", graphQL.call(adminToken(), TWILIO).string("twilioSettings.publicBaseUrl"));
    }

    @Test
    void theCenterMayReadLinesButNotChangeSettings() {
        String number = localMobile();
        graphQL.call(
                        agentToken(),
                        SAVE_LINE,
                        "input",
                        Map.of("description", "Sneaky", "phoneNumber", number, "kind", "TWO_WAY"))
                .assertError("forbidden", "Administrator");
        graphQL.call(agentToken(), TWILIO).assertError("forbidden", "Administrator");
        graphQL.call(agentToken(), UPDATE_TWILIO, "sid", ACCOUNT_SID, "token", AUTH_TOKEN, "url", null)
                .assertError("forbidden", "Administrator");
        graphQL.call(agentToken(), "mutation { saveCustomer(input: {name: \"X\"}) { id } }")
                .assertError("forbidden", "Administrator");

        var lines = graphQL.call(adminToken(), LINES).array("senderLines");
        assertFalse(lines.toString().contains(e164(number)), "the refused line was not saved");
    }

    @Test
    void aTokenWithoutAKnownGroupIsForbidden() {
        graphQL.call(TOKENS.issue("visitor", "Customer"), LINES).assertError("forbidden", "TextMessaging");
    }

    @Test
    void withoutATokenEveryOperationIsForbidden() {
        graphQL.anonymous(LINES).assertError("forbidden", "bearer token");
        graphQL.anonymous("query { customer(id: \"1\") { id } }").assertError("forbidden", "bearer token");
        graphQL.anonymous("mutation { saveCustomer(input: {name: \"X\"}) { id } }")
                .assertError("forbidden", "bearer token");
    }

    @Test
    void expiredAndForgedTokensAreRefusedBeforeGraphQLRuns() {
        var expired = graphQL.call(TOKENS.issue("late", Duration.ofMinutes(-5), "Administrator"), LINES);
        assertEquals(401, expired.status());
        assertEquals("forbidden", expired.errorCode());

        String agent = agentToken();
        String[] parts = agent.split("\\.");
        String promoted = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("TextMessaging", "Administrator");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(promoted.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        var refused = graphQL.call(forged, TWILIO);
        assertEquals(401, refused.status());
        assertEquals("forbidden", refused.errorCode());

        for (String token : new String[] {
            TOKENS.signedWithHmacOverThePublicKey("mallory", TOKENS.publicKeyOfTheDevServer()),
            TOKENS.unsigned("mallory", "Administrator"),
            TOKENS.notBefore(java.time.Instant.now().plus(Duration.ofMinutes(10)), "early", "Administrator")
        }) {
            var attack = graphQL.call(token, TWILIO);
            assertEquals(401, attack.status(), attack::toString);
            assertEquals("forbidden", attack.errorCode(), attack::toString);
            assertTrue(attack.body().isNull("data"), attack::toString);
        }
    }

    @Test
    void thePageMayRunOnlyItsOwnScriptsAndNothingMayFrameOrSniffThePageOrTheApi() {
        var page = server.get("/messaging/center/");
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));

        var api = graphQL.call(agentToken(), "{ senderLines { id } }");
        assertEquals(200, api.status());
        var raw = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/messaging/graphql"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                .build());
        assertTrue(
                raw.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                raw.headers().toString());
        assertEquals(
                "nosniff", raw.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}

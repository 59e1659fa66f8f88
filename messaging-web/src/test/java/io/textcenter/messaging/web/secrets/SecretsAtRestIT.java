package io.textcenter.messaging.web.secrets;

import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.MicroProcess;
import io.textcenter.messaging.web.support.Webhooks;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secrets at rest, as an operator's database dump shows them: the Twilio auth token and the module's own signing keys
 * are sealed under messaging.secrets.key, a token stored before sealing existed is sealed at the next start, and after
 * a key rotation (new key, old one as a previous key) everything is sealed again under the new key and still works.
 * Runs with -Ppostgresql (it reads the database from outside).
 */
class SecretsAtRestIT {

    private static final String DATABASE = "messaging_secrets";
    private static final String FIRST_KEY = key('1');
    private static final String SECOND_KEY = key('2');

    @Test
    void aDumpHoldsNoSecretAndARotatedKeySealsEverythingAgain() throws Exception {
        Line line;
        String publicBaseUrl;
        try (MicroProcess first =
                MicroProcess.single("secrets-first", DATABASE, Map.of("messaging.secrets.key", FIRST_KEY))) {
            Center center = Center.withFakeTwilio(first.server());
            line = center.line("TWO_WAY");
            publicBaseUrl = center.webhooks().publicBaseUrl();
            assertEquals(
                    200,
                    center.webhooks()
                            .inbound(Webhooks.text(messageSid(), e164(localMobile()), line.number(), "hi"))
                            .statusCode());
            assertDumpHoldsNo(FakeTwilio.AUTH_TOKEN);
            assertEquals("aesgcm:v1:" + keyId(FIRST_KEY), sealedKeyIdOf("SELECT auth_token FROM twilio_settings"));
        }
        execute("UPDATE twilio_settings SET auth_token = '" + FakeTwilio.AUTH_TOKEN + "'"); // as stored before sealing

        try (MicroProcess rotated = MicroProcess.single(
                "secrets-rotated",
                DATABASE,
                Map.of("messaging.secrets.key", SECOND_KEY, "messaging.secrets.previous-keys", FIRST_KEY))) {
            // the account is not saved again: the token stored before is what signs this webhook
            Webhooks webhooks = new Webhooks(rotated.server(), publicBaseUrl);
            assertEquals(
                    200,
                    webhooks.inbound(Webhooks.text(messageSid(), e164(localMobile()), line.number(), "still signed"))
                            .statusCode(),
                    "the token opens under the new key");
            assertDumpHoldsNo(FakeTwilio.AUTH_TOKEN);
            assertEquals("aesgcm:v1:" + keyId(SECOND_KEY), sealedKeyIdOf("SELECT auth_token FROM twilio_settings"));
            for (String secret : column("SELECT secret_value FROM module_secret")) {
                assertTrue(
                        secret.startsWith("aesgcm:v1:" + keyId(SECOND_KEY) + ":"),
                        "a module secret sealed again: " + secret);
            }
        }
    }

    /** Every value of every table, as a dump would show it, without {@code secret}. */
    private static void assertDumpHoldsNo(String secret) throws Exception {
        try (Connection db = database()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = db.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.contains("twilio_settings"), tables::toString);
            for (String table : tables) {
                try (ResultSet rows = db.createStatement().executeQuery("SELECT * FROM " + table)) {
                    while (rows.next()) {
                        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                            String value = rows.getString(column);
                            assertTrue(value == null || !value.contains(secret), () -> "the secret in " + table);
                        }
                    }
                }
            }
        }
    }

    private static String sealedKeyIdOf(String query) throws Exception {
        String sealed = column(query).get(0);
        return sealed.substring(0, sealed.indexOf(':', "aesgcm:v1:".length()));
    }

    private static List<String> column(String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection db = database();
                ResultSet rows = db.createStatement().executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void execute(String statement) throws Exception {
        try (Connection db = database()) {
            db.createStatement().executeUpdate(statement);
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + MicroProcess.POSTGRESQL_PORT + "/" + DATABASE, "postgres", "postgres");
    }

    /** How the module names a key in what it sealed: the start of the key's SHA-256. */
    private static String keyId(String base64Key) throws Exception {
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256")
                                .digest(Base64.getDecoder().decode(base64Key)),
                        0,
                        4);
    }

    private static String key(char filler) {
        return Base64.getEncoder()
                .encodeToString(String.valueOf(filler).repeat(32).getBytes());
    }
}

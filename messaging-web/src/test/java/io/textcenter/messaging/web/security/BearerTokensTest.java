package io.textcenter.messaging.web.security;

import io.textcenter.messaging.web.support.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The websocket's token check follows the same rules as the server's MicroProfile JWT, with the same settings. */
class BearerTokensTest {

    private static final Path DEV_SETTINGS = Path.of(System.getProperty("dev.jwt.private-key", "../server-config/dev-jwt/dev-only-private-key.pem"))
            .resolveSibling("dev-only-jwt.properties");

    private final DevTokens devTokens = DevTokens.fromDevKey();
    private final BearerTokens tokens = new BearerTokens();

    @BeforeEach
    void configureLikeTheDevServer() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(DEV_SETTINGS)) {
            settings.load(in);
        }
        tokens.inlineKey = Optional.of(settings.getProperty("mp.jwt.verify.publickey"));
        tokens.keyLocation = Optional.empty();
        tokens.issuer = Optional.of(settings.getProperty("mp.jwt.verify.issuer"));
        tokens.audiences = Optional.empty();
    }

    @Test
    void aValidTokenNamesItsEmployeeAndGroups() {
        var verified = tokens.verify("Bearer " + devTokens.issue("ann", "TextMessaging")).orElseThrow();
        assertEquals("ann", verified.loginId());
        assertEquals(Set.of("TextMessaging"), verified.groups());
        assertTrue(verified.isInAnyOf("TextMessaging"));
    }

    @Test
    void expiredForgedForeignAndMissingTokensAreRefused() {
        assertTrue(tokens.verify(devTokens.issue("late", Duration.ofMinutes(-5), "TextMessaging")).isEmpty());
        String valid = devTokens.issue("ann", "TextMessaging");
        assertTrue(tokens.verify(valid.substring(0, valid.length() - 4) + "AAAA").isEmpty());
        assertTrue(tokens.verify("not-a-jwt").isEmpty());
        assertTrue(tokens.verify(null).isEmpty());
        tokens.issuer = Optional.of("someone-else");
        assertTrue(tokens.verify(valid).isEmpty());
    }

    @Test
    void withAudiencesSetATokenMustBeMeantForOneOfThem() {
        String noAudience = devTokens.issue("ann", "TextMessaging");
        tokens.audiences = Optional.of("texting, field-service");
        assertTrue(tokens.verify(noAudience).isEmpty());
        assertTrue(tokens.verify(devTokens.issueFor("someone-else", "ann", "TextMessaging")).isEmpty());
        assertEquals("ann", tokens.verify(devTokens.issueFor("field-service", "ann", "TextMessaging")).orElseThrow().loginId());
    }
}

package io.textcenter.messaging.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.DevTokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bearer token check, on HTTP and on the websocket, follows MicroProfile JWT's settings and rules. */
class BearerTokensTest {

    private static final Path DEV_SETTINGS = Path.of(
                    System.getProperty("dev.jwt.private-key", "../server-config/dev-jwt/dev-only-private-key.pem"))
            .resolveSibling("dev-only-jwt.properties");

    private final DevTokens devTokens = DevTokens.fromDevKey();
    private Properties settings;
    private BearerTokens tokens;

    @BeforeEach
    void configureLikeTheDevServer() throws IOException {
        settings = new Properties();
        try (InputStream in = Files.newInputStream(DEV_SETTINGS)) {
            settings.load(in);
        }
        tokens = configured(settings.getProperty("mp.jwt.verify.issuer"), Optional.empty());
    }

    private BearerTokens configured(String issuer, Optional<String> audiences) {
        BearerTokens configured = new BearerTokens();
        configured.inlineKey = Optional.of(settings.getProperty("mp.jwt.verify.publickey"));
        configured.keyLocation = Optional.empty();
        configured.algorithm = "RS256";
        configured.issuer = Optional.of(issuer);
        configured.audiences = audiences;
        return configured;
    }

    @Test
    void aValidTokenNamesItsEmployeeAndGroups() {
        var verified = tokens.verify("Bearer " + devTokens.issue("ann", "TextMessaging"))
                .orElseThrow();
        assertEquals("ann", verified.loginId());
        assertEquals(Set.of("TextMessaging"), verified.groups());
        assertTrue(verified.isInAnyOf("TextMessaging"));
    }

    @Test
    void expiredForgedForeignAndMissingTokensAreRefused() {
        assertTrue(tokens.verify(devTokens.issue("late", Duration.ofMinutes(-5), "TextMessaging"))
                .isEmpty());
        String valid = devTokens.issue("ann", "TextMessaging");
        assertTrue(
                tokens.verify(valid.substring(0, valid.length() - 4) + "AAAA").isEmpty());
        assertTrue(tokens.verify("not-a-jwt").isEmpty());
        assertTrue(tokens.verify(null).isEmpty());
        assertTrue(configured("someone-else", Optional.empty()).verify(valid).isEmpty());
    }

    @Test
    void withAudiencesSetATokenMustBeMeantForOneOfThem() {
        String noAudience = devTokens.issue("ann", "TextMessaging");
        tokens = configured(settings.getProperty("mp.jwt.verify.issuer"), Optional.of("texting, field-service"));
        assertTrue(tokens.verify(noAudience).isEmpty());
        assertTrue(tokens.verify(devTokens.issueFor("someone-else", "ann", "TextMessaging"))
                .isEmpty());
        assertEquals(
                "ann",
                tokens.verify(devTokens.issueFor("field-service", "ann", "TextMessaging"))
                        .orElseThrow()
                        .loginId());
    }

    @Test
    void aTokenSignedWithAnotherAlgorithmOrNotValidYetIsRefused() {
        assertTrue(
                tokens.verify(devTokens.signedWithHmacOverThePublicKey(
                                "ann", settings.getProperty("mp.jwt.verify.publickey")))
                        .isEmpty(),
                "HS256 with the public key as its secret");
        assertTrue(tokens.verify(devTokens.unsigned("ann", "Administrator")).isEmpty(), "alg none");
        assertTrue(
                tokens.verify(devTokens.notBefore(Instant.now().plus(Duration.ofMinutes(10)), "ann", "TextMessaging"))
                        .isEmpty());
        assertEquals(
                "ann",
                tokens.verify(devTokens.notBefore(Instant.now().minusSeconds(5), "ann", "TextMessaging"))
                        .orElseThrow()
                        .loginId());
    }

    @Test
    void theLoginIsTheUpnElseThePreferredUsernameElseTheSubject() {
        assertEquals(
                "pat",
                tokens.verify(devTokens.withLoginClaims(null, "pat", "subject-1", "TextMessaging"))
                        .orElseThrow()
                        .loginId());
        assertEquals(
                "subject-1",
                tokens.verify(devTokens.withLoginClaims(null, null, "subject-1", "TextMessaging"))
                        .orElseThrow()
                        .loginId());
        assertEquals(
                "ann",
                tokens.verify(devTokens.withLoginClaims("ann", "pat", "subject-1", "TextMessaging"))
                        .orElseThrow()
                        .loginId());
    }

    @Test
    void aVerifiedTokenSaysWhenItExpires() {
        Instant expires = tokens.verify(devTokens.issue("ann", Duration.ofMinutes(30), "TextMessaging"))
                .orElseThrow()
                .expiresAt();
        assertTrue(
                expires.isAfter(Instant.now().plus(Duration.ofMinutes(29)))
                        && expires.isBefore(Instant.now().plus(Duration.ofMinutes(31))),
                expires::toString);
    }
}

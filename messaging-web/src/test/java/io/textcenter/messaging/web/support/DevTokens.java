package io.textcenter.messaging.web.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Development JWTs, signed with the dev-only key in server-config/dev-jwt (trusted only by servers started with
 * dev-only-jwt.properties: ./run and the tests). Plain JDK, so it also runs as a single-file program:
 * {@code java DevTokens.java <loginId> <group>[,<group>...] [hours]} prints a token (see ./dev-token).
 */
public final class DevTokens {

    static final String ISSUER = "textcenter-dev";
    private static final String KEY_FILE = "server-config/dev-jwt/dev-only-private-key.pem";

    private final PrivateKey key;

    private DevTokens(PrivateKey key) {
        this.key = key;
    }

    /** Reads the dev key from {@code dev.jwt.private-key}, else from server-config below the working directory. */
    public static DevTokens fromDevKey() {
        Path file = Path.of(System.getProperty("dev.jwt.private-key", KEY_FILE));
        try {
            String pem =
                    Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return new DevTokens(KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))));
        } catch (java.io.IOException | GeneralSecurityException unreadable) {
            throw new IllegalStateException("cannot read the dev JWT key " + file.toAbsolutePath(), unreadable);
        }
    }

    /** A token for {@code loginId} in {@code groups}, valid from now for {@code lifetime} (negative: already expired). */
    public String issue(String loginId, Duration lifetime, String... groups) {
        return token(loginId, lifetime, null, groups);
    }

    /** A token as {@link #issue(String, String...)} makes, meant for {@code audience} only. */
    public String issueFor(String audience, String loginId, String... groups) {
        return token(loginId, Duration.ofHours(8), audience, groups);
    }

    private String token(String loginId, Duration lifetime, String audience, String... groups) {
        Instant now = Instant.now();
        Instant issuedAt = lifetime.isNegative() ? now.plus(lifetime).minus(Duration.ofHours(1)) : now;
        String claims =
                claims("\"sub\":" + json(loginId) + ",\"upn\":" + json(loginId), issuedAt, now.plus(lifetime), groups)
                        + (audience == null ? "" : ",\"aud\":" + json(audience));
        return signed("{" + claims + "}");
    }

    /** A token valid from {@code from} on (its nbf claim). */
    public String notBefore(Instant from, String loginId, String... groups) {
        Instant now = Instant.now();
        return signed("{"
                + claims(
                        "\"sub\":" + json(loginId) + ",\"upn\":" + json(loginId),
                        now,
                        from.plus(Duration.ofHours(1)),
                        groups)
                + ",\"nbf\":" + from.getEpochSecond() + "}");
    }

    /** A token with only the login claims given (null: left out). */
    public String withLoginClaims(String upn, String preferredUsername, String subject, String... groups) {
        String names = String.join(
                ",",
                java.util.stream.Stream.of(
                                upn == null ? null : "\"upn\":" + json(upn),
                                preferredUsername == null ? null : "\"preferred_username\":" + json(preferredUsername),
                                subject == null ? null : "\"sub\":" + json(subject))
                        .filter(java.util.Objects::nonNull)
                        .toList());
        Instant now = Instant.now();
        return signed("{" + claims(names, now, now.plus(Duration.ofHours(1)), groups) + "}");
    }

    /** A token signed with HS256, its secret the server's public key: the old algorithm-confusion attack. */
    public String signedWithHmacOverThePublicKey(String loginId, String publicKey) {
        Instant now = Instant.now();
        String signingInput = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
                + base64Url("{"
                        + claims(
                                "\"sub\":" + json(loginId) + ",\"upn\":" + json(loginId),
                                now,
                                now.plus(Duration.ofHours(1)),
                                "Administrator")
                        + "}");
        try {
            javax.crypto.Mac hmac = javax.crypto.Mac.getInstance("HmacSHA256");
            hmac.init(new javax.crypto.spec.SecretKeySpec(publicKey.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return signingInput + "."
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(hmac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The public key the development servers trust (mp.jwt.verify.publickey of dev-only-jwt.properties). */
    public String publicKeyOfTheDevServer() {
        Path settings =
                Path.of(System.getProperty("dev.jwt.private-key", KEY_FILE)).resolveSibling("dev-only-jwt.properties");
        try (var in = Files.newInputStream(settings)) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("mp.jwt.verify.publickey");
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** A token that says it needs no signature ("alg": "none"). */
    public String unsigned(String loginId, String... groups) {
        Instant now = Instant.now();
        return base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + base64Url("{"
                        + claims(
                                "\"sub\":" + json(loginId) + ",\"upn\":" + json(loginId),
                                now,
                                now.plus(Duration.ofHours(1)),
                                groups)
                        + "}")
                + ".";
    }

    private static String claims(String names, Instant issuedAt, Instant expires, String... groups) {
        return "\"iss\":\"" + ISSUER + "\"" + (names.isEmpty() ? "" : "," + names) + ",\"jti\":\"" + UUID.randomUUID()
                + "\",\"iat\":" + issuedAt.getEpochSecond()
                + ",\"exp\":" + expires.getEpochSecond()
                + ",\"groups\":[" + Arrays.stream(groups).map(DevTokens::json).collect(Collectors.joining(",")) + "]";
    }

    private String signed(String claims) {
        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims);
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(signingInput));
    }

    public String issue(String loginId, String... groups) {
        return issue(loginId, Duration.ofHours(8), groups);
    }

    private byte[] sign(String signingInput) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return rs256.sign();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println(
                    "usage: dev-token <loginId> <group>[,<group>...] [hours]   groups: TextMessaging, Administrator");
            System.exit(2);
        }
        Duration lifetime = Duration.ofHours(args.length > 2 ? Long.parseLong(args[2]) : 8);
        System.out.println(fromDevKey().issue(args[0], lifetime, args[1].split(",")));
    }
}

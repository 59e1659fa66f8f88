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
            String pem = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return new DevTokens(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))));
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
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":" + json(loginId) + ",\"upn\":" + json(loginId)
                + ",\"jti\":\"" + UUID.randomUUID() + "\",\"iat\":" + issuedAt.getEpochSecond()
                + ",\"exp\":" + now.plus(lifetime).getEpochSecond()
                + (audience == null ? "" : ",\"aud\":" + json(audience))
                + ",\"groups\":[" + Arrays.stream(groups).map(DevTokens::json).collect(Collectors.joining(",")) + "]}";
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
            System.err.println("usage: dev-token <loginId> <group>[,<group>...] [hours]   groups: TextMessaging, Administrator");
            System.exit(2);
        }
        Duration lifetime = Duration.ofHours(args.length > 2 ? Long.parseLong(args[2]) : 8);
        System.out.println(fromDevKey().issue(args[0], lifetime, args[1].split(",")));
    }
}

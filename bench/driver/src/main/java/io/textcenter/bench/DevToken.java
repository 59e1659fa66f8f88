package io.textcenter.bench;

import java.io.IOException;
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
import java.util.Base64;
import java.util.UUID;

/**
 * Development JWTs (RS256) signed with the repository's dev-only key, which a server started with
 * {@code server-config/dev-jwt/dev-only-jwt.properties} trusts (issuer {@code textcenter-dev}).
 */
final class DevToken {

    private static final String ISSUER = "textcenter-dev";
    private static final Duration LIFETIME = Duration.ofHours(12);

    private final PrivateKey key;

    private DevToken(PrivateKey key) {
        this.key = key;
    }

    static DevToken fromKeyFile(Path pemFile) {
        try {
            String pem = Files.readString(pemFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return new DevToken(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))));
        } catch (IOException | GeneralSecurityException unreadable) {
            throw new IllegalStateException("cannot read the dev JWT key " + pemFile, unreadable);
        }
    }

    /** A token for {@code loginId} (its upn) in one group, e.g. Administrator or TextMessaging. */
    String issue(String loginId, String group) {
        Instant now = Instant.now();
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + loginId + "\",\"upn\":\"" + loginId + "\",\"jti\":\"" + UUID.randomUUID()
                + "\",\"iat\":" + now.getEpochSecond() + ",\"exp\":" + now.plus(LIFETIME).getEpochSecond() + ",\"groups\":[\"" + group + "\"]}";
        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims);
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(signingInput));
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
}

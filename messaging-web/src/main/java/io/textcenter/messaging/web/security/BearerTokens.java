package io.textcenter.messaging.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Verifies a bearer token where the server's MicroProfile JWT cannot: GraphQL subscriptions over a websocket carry
 * the token in their connection-init payload, not in a header. Same rules and keys (the standard mp.jwt.verify.*
 * settings: an inline PEM/base64/JWKS key or a key location), RS256 signatures, issuer, audiences when they are set,
 * and expiry (one minute of clock skew allowed).
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    /**
     * When set (comma-separated), a token must be meant for one of these audiences, as MicroProfile JWT checks it for
     * HTTP requests. Read as one string: as {@code Optional<List<String>>} every subscription failed on Payara with a
     * ClassCastException.
     */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    /** The verified token's upn and groups; empty for a missing, forged, expired or foreign token. */
    public Optional<VerifiedToken> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.strip().replaceFirst("^(?i)bearer\\s+", ""));
            boolean signed = false;
            for (RSAPublicKey key : keys()) {
                signed = signed || jwt.verify(new RSASSAVerifier(key));
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = Instant.now();
            boolean current = claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().plus(CLOCK_SKEW).isAfter(now);
            boolean trusted = issuer.isPresent() && issuer.get().equals(claims.getIssuer());
            boolean meantForUs = audiences.map(list -> List.of(list.strip().split("\\s*,\\s*")))
                    .map(allowed -> claims.getAudience().stream().anyMatch(allowed::contains)).orElse(true);
            if (!signed || !current || !trusted || !meantForUs) {
                return Optional.empty();
            }
            String upn = Optional.ofNullable(claims.getStringClaim("upn")).orElse(claims.getSubject());
            List<String> groups = Optional.ofNullable(claims.getStringListClaim("groups")).orElse(List.of());
            return Optional.of(new VerifiedToken(upn, Set.copyOf(groups)));
        } catch (ParseException | JOSEException | RuntimeException unreadable) {
            LOG.fine(() -> "Refused a subscription token: " + unreadable);
            return Optional.empty();
        }
    }

    private List<RSAPublicKey> keys() {
        String material = inlineKey.orElseGet(() -> keyLocation.map(BearerTokens::read).orElse(""));
        try {
            if (material.strip().startsWith("{")) {
                return JWKSet.parse(material).getKeys().stream().filter(key -> key instanceof RSAKey)
                        .map(key -> rsa((RSAKey) key)).toList();
            }
            String base64 = material.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return List.of((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
        } catch (ParseException | GeneralSecurityException | IllegalArgumentException unusable) {
            LOG.warning(() -> "No usable public key in mp.jwt.verify.publickey(.location): " + unusable);
            return List.of();
        }
    }

    private static RSAPublicKey rsa(RSAKey key) {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException unusable) {
            throw new IllegalArgumentException(unusable);
        }
    }

    private static String read(String location) {
        try {
            URL url = location.contains(":") ? new URL(location)
                    : Thread.currentThread().getContextClassLoader().getResource(location.startsWith("/") ? location.substring(1) : location);
            if (url == null) {
                return "";
            }
            try (InputStream in = url.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException unreadable) {
            LOG.warning(() -> "Cannot read the JWT key at " + location + ": " + unreadable);
            return "";
        }
    }

    /** Who a verified token names. */
    public record VerifiedToken(String loginId, Set<String> groups) {

        public boolean isInAnyOf(String... allowed) {
            return groups.contains(Group.ADMINISTRATOR) || List.of(allowed).stream().anyMatch(groups::contains);
        }
    }
}

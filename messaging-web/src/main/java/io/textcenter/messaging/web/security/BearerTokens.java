package io.textcenter.messaging.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Principal;
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
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies a bearer token, for HTTP requests ({@link BearerTokenMechanism}) and for GraphQL subscriptions over a
 * websocket, which carry it in their connection-init payload. MicroProfile JWT's settings and token format (Nimbus
 * JOSE does the work): the key from mp.jwt.verify.publickey (PEM, base64 or JWKS) or .location; only the configured
 * algorithm (mp.jwt.verify.publickey.algorithm, RS256); issuer; audiences when set; expiry and not-before, each with a
 * minute of clock skew; the login from upn, else preferred_username, else sub. A key set (JWKS) at an http(s) location
 * is fetched with timeouts and kept for a while; a token naming a key not in it fetches it again, at most twice a
 * minute.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());
    private static final int CLOCK_SKEW_SECONDS = 60;
    private static final int FETCH_TIMEOUT_MILLIS = 2_000;
    private static final int KEY_SET_SIZE_LIMIT = 64 * 1024;
    private static final Duration KEYS_KEPT = Duration.ofMinutes(15);
    private static final Duration UNKNOWN_KEY_REFETCH_AT_MOST_EVERY = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.algorithm", defaultValue = "RS256")
    String algorithm;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    /**
     * When set (comma-separated), a token must be meant for one of these audiences. Read as one string: as
     * {@code Optional<List<String>>} every subscription failed on Payara with a ClassCastException.
     */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    private volatile DefaultJWTProcessor<SecurityContext> processor;

    /** The verified token's login, groups and expiry; empty for a missing, forged, expired, early or foreign token. */
    public Optional<VerifiedToken> verify(String token) {
        if (token == null || token.isBlank() || issuer.isEmpty()) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor().process(token.strip().replaceFirst("^(?i)bearer\\s+", ""), null);
            Optional<String> login = Stream.of(
                            claims.getStringClaim("upn"),
                            claims.getStringClaim("preferred_username"),
                            claims.getSubject())
                    .filter(name -> name != null && !name.isBlank())
                    .findFirst();
            if (login.isEmpty()) {
                return Optional.empty();
            }
            List<String> groups =
                    Optional.ofNullable(claims.getStringListClaim("groups")).orElse(List.of());
            return Optional.of(new VerifiedToken(
                    login.get(), Set.copyOf(groups), claims.getExpirationTime().toInstant()));
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException refused) {
            LOG.fine(() -> "Refused a bearer token: " + refused);
            return Optional.empty();
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> made = processor;
        if (made == null) {
            made = new DefaultJWTProcessor<>();
            made.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.parse(algorithm), keySource()));
            Set<String> accepted = audiences
                    .map(list -> Set.of(list.strip().split("\\s*,\\s*")))
                    .orElse(null);
            DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                    accepted, new JWTClaimsSet.Builder().issuer(issuer.get()).build(), Set.of("exp"), null);
            claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
            made.setJWTClaimsSetVerifier(claims);
            processor = made;
        }
        return made;
    }

    private JWKSource<SecurityContext> keySource() {
        ResourceRetriever retriever =
                new DefaultResourceRetriever(FETCH_TIMEOUT_MILLIS, FETCH_TIMEOUT_MILLIS, KEY_SET_SIZE_LIMIT);
        if (inlineKey.isEmpty() && keyLocation.isPresent() && keyLocation.get().matches("(?i)https?://.*")) {
            try {
                return JWKSourceBuilder.create(new URL(keyLocation.get()), retriever)
                        .cache(KEYS_KEPT.toMillis(), FETCH_TIMEOUT_MILLIS)
                        .rateLimited(UNKNOWN_KEY_REFETCH_AT_MOST_EVERY.toMillis())
                        .retrying(false)
                        .refreshAheadCache(false)
                        .build();
            } catch (IOException malformed) {
                throw new IllegalStateException(
                        "mp.jwt.verify.publickey.location is not a URL: " + keyLocation.get(), malformed);
            }
        }
        String material =
                inlineKey.orElseGet(() -> keyLocation.map(BearerTokens::read).orElse(""));
        return new ImmutableJWKSet<>(keys(material));
    }

    /** An inline key or one read once from a file or the class path: a JWKS, or one PEM/base64 public key. */
    private static JWKSet keys(String material) {
        try {
            if (material.strip().startsWith("{")) {
                return JWKSet.parse(material);
            }
            byte[] der = Base64.getDecoder()
                    .decode(material.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return new JWKSet(new RSAKey.Builder(
                            (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)))
                    .build());
        } catch (ParseException | GeneralSecurityException | IllegalArgumentException unusable) {
            LOG.warning(() -> "No usable public key in mp.jwt.verify.publickey(.location): " + unusable);
            return new JWKSet();
        }
    }

    private static String read(String location) {
        try {
            URL url = location.contains(":")
                    ? new URL(location)
                    : Thread.currentThread()
                            .getContextClassLoader()
                            .getResource(location.startsWith("/") ? location.substring(1) : location);
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

    /** Who a verified token names, and until when it is valid: the caller's principal on HTTP. */
    public record VerifiedToken(String loginId, Set<String> groups, Instant expiresAt) implements Principal {

        @Override
        public String getName() {
            return loginId;
        }

        public boolean isInAnyOf(String... allowed) {
            return groups.contains(Group.ADMINISTRATOR)
                    || List.of(allowed).stream().anyMatch(groups::contains);
        }
    }
}

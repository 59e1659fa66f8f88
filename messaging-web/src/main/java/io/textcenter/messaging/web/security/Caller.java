package io.textcenter.messaging.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the verified JWT of this request, if any. Its {@code upn} is the acting employee's login id. */
@RequestScoped
public class Caller {

    @Inject
    private SecurityContext securityContext;

    /** The employee's login id, or empty for an anonymous call. */
    public Optional<String> loginId() {
        return token().map(JsonWebToken::getName);
    }

    /** The bearer token as it came, for checks of its own (see {@link GroupCheck}). */
    public Optional<String> rawToken() {
        return token().map(JsonWebToken::getRawToken);
    }

    public boolean isAdministrator() {
        return token().map(JsonWebToken::getGroups).orElse(Set.of()).contains(Group.ADMINISTRATOR);
    }

    /** Administrator, or any of {@code groups}. */
    public boolean isInAnyOf(String... groups) {
        Set<String> held = token().map(JsonWebToken::getGroups).orElse(Set.of());
        return held.contains(Group.ADMINISTRATOR) || Arrays.stream(groups).anyMatch(held::contains);
    }

    private Optional<JsonWebToken> token() {
        // Payara Server fails on getPrincipalsByType for anonymous callers; an anonymous caller has no principal at
        // all.
        if (securityContext.getCallerPrincipal() == null) {
            return Optional.empty();
        }
        return securityContext.getPrincipalsByType(JsonWebToken.class).stream().findFirst();
    }
}

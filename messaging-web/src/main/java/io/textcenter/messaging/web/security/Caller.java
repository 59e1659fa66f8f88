package io.textcenter.messaging.web.security;

import io.textcenter.messaging.web.security.BearerTokens.VerifiedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;

/**
 * Who is calling: the verified bearer token of this request ({@link BearerTokenMechanism}), if any. Its login is the
 * acting employee's login id.
 */
@RequestScoped
public class Caller {

    @Inject
    private SecurityContext securityContext;

    /** The employee's login id, or empty for an anonymous call. */
    public Optional<String> loginId() {
        return token().map(VerifiedToken::loginId);
    }

    public boolean isAdministrator() {
        return token().map(token -> token.groups().contains(Group.ADMINISTRATOR))
                .orElse(false);
    }

    /** Administrator, or any of {@code groups}. */
    public boolean isInAnyOf(String... groups) {
        return token().map(token -> token.isInAnyOf(groups)).orElse(false);
    }

    private Optional<VerifiedToken> token() {
        // Payara Server fails on getPrincipalsByType for anonymous callers; an anonymous caller has no principal at
        // all.
        if (securityContext.getCallerPrincipal() == null) {
            return Optional.empty();
        }
        return securityContext.getPrincipalsByType(VerifiedToken.class).stream().findFirst();
    }
}

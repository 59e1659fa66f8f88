package io.textcenter.messaging.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs in the caller of an HTTP request that carries a bearer token, by the rules the websocket applies
 * ({@link BearerTokens}); a token that breaks them is refused with 401 before anything runs. A request without one
 * goes on anonymous: the webhooks, the page and the schema, and GraphQL, whose operations then refuse it. The module's
 * own mechanism rather than the server's MicroProfile JWT, which accepted tokens that break these rules and looked up
 * its identity store on every request, the tokenless webhooks' included.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    BearerTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        return tokens.verify(authorization)
                .map(caller -> context.notifyContainerAboutLogin(caller, caller.groups()))
                .orElseGet(context::responseUnauthorized);
    }
}

package io.textcenter.messaging.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers that keep the page and the API from being framed, sniffed or leaking their URLs: every answer is
 * {@code nosniff} with no referrer; the page may run only its own scripts; the API's answers load nothing. Media set
 * their own (sandboxed) policy. GraphiQL and the schema file are served only while {@code messaging.graphql.explorer}
 * is on (production turns it off).
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' https: data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** GraphiQL's page runs scripts of its own inline: it may not be framed, nothing more. */
    static final String EXPLORER_POLICY = "frame-ancestors 'none'";

    @Inject
    @ConfigProperty(name = "messaging.graphql.explorer")
    boolean explorer;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean explorerPath = path.startsWith("/graphql-ui") || path.startsWith("/graphql/schema.graphql");
        if (explorerPath && !explorer) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (explorerPath) {
            response.setHeader("Content-Security-Policy", EXPLORER_POLICY);
        } else if (path.startsWith("/center")) {
            response.setHeader("Content-Security-Policy", PAGE_POLICY);
        } else if (!path.startsWith("/api/media")) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        chain.doFilter(request, response);
    }
}

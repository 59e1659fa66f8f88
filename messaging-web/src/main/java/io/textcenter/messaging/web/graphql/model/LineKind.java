package io.textcenter.messaging.web.graphql.model;

/**
 * GraphQL {@code LineKind}, mirroring the core's. The GraphQL model holds only its own types: in the EAR, SmallRye
 * indexes the web module alone and cannot see the EJB module's classes.
 */
public enum LineKind {
    OUTBOUND_ONLY, TWO_WAY;

    public static LineKind of(io.textcenter.messaging.settings.LineKind kind) {
        return valueOf(kind.name());
    }

    public io.textcenter.messaging.settings.LineKind toCore() {
        return io.textcenter.messaging.settings.LineKind.valueOf(name());
    }
}

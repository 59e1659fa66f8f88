package io.textcenter.messaging.web.graphql.model;

/**
 * The GraphQL model has enums of its own with the core's values: in the EAR, SmallRye indexes the web module alone and
 * cannot see the EJB module's classes. This crosses the edge by name (MirroredEnumsTest keeps the names equal).
 */
public final class Mirror {

    private Mirror() {}

    public static <T extends Enum<T>> T of(Enum<?> value, Class<T> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }
}

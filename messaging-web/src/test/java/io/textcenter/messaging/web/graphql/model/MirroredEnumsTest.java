package io.textcenter.messaging.web.graphql.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The GraphQL model's enums name exactly the core's values, so every value crosses the edge both ways. */
class MirroredEnumsTest {

    @Test
    void lineKindsMatchTheCore() {
        assertEquals(names(io.textcenter.messaging.settings.LineKind.values()), names(LineKind.values()));
        for (var core : io.textcenter.messaging.settings.LineKind.values()) {
            assertEquals(core, LineKind.of(core).toCore());
        }
    }

    @Test
    void appointmentStatusesMatchTheCore() {
        assertEquals(names(io.textcenter.messaging.api.AppointmentStatus.values()), names(AppointmentStatus.values()));
        for (var core : io.textcenter.messaging.api.AppointmentStatus.values()) {
            assertEquals(core, AppointmentStatus.of(core).toCore());
        }
    }

    private static java.util.List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}

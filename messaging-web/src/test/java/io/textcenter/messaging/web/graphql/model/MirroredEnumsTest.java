package io.textcenter.messaging.web.graphql.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The GraphQL model's enums name exactly the core's values, so every value crosses the edge both ways. */
class MirroredEnumsTest {

    static Stream<Arguments> mirrors() {
        return Stream.of(
                Arguments.of(io.textcenter.messaging.settings.LineKind.class, LineKind.class),
                Arguments.of(io.textcenter.messaging.audit.AuditAction.class, AuditAction.class),
                Arguments.of(io.textcenter.messaging.consent.ConsentSource.class, ConsentSource.class),
                Arguments.of(io.textcenter.messaging.delivery.Purpose.class, Purpose.class),
                Arguments.of(io.textcenter.messaging.api.AppointmentStatus.class, AppointmentStatus.class),
                Arguments.of(io.textcenter.messaging.conversation.ConversationStatus.class, ConversationStatus.class),
                Arguments.of(io.textcenter.messaging.conversation.MessageDirection.class, MessageDirection.class),
                Arguments.of(io.textcenter.messaging.conversation.MessageKind.class, MessageKind.class),
                Arguments.of(io.textcenter.messaging.delivery.DeliveryStatus.class, DeliveryStatus.class),
                Arguments.of(io.textcenter.messaging.responder.AutoResponderType.class, AutoResponderType.class),
                Arguments.of(io.textcenter.messaging.bulk.BulkSendKind.class, BulkSendKind.class),
                Arguments.of(io.textcenter.messaging.bulk.BulkSendStatus.class, BulkSendStatus.class));
    }

    @ParameterizedTest
    @MethodSource("mirrors")
    <C extends Enum<C>, G extends Enum<G>> void theGraphQLEnumHasTheCoresValues(Class<C> core, Class<G> graphQL) {
        assertEquals(names(core), names(graphQL));
        for (C value : core.getEnumConstants()) {
            assertEquals(value, Mirror.of(Mirror.of(value, graphQL), core));
        }
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}

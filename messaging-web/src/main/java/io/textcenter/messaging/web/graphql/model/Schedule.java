package io.textcenter.messaging.web.graphql.model;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Schedule}: days MONDAY..SUNDAY, times HH:mm, an IANA time zone. */
public record Schedule(
        @NonNull List<@NonNull String> days,
        @NonNull String opensAt,
        @NonNull String closesAt,
        @NonNull String timeZone) {

    public static Schedule of(io.textcenter.messaging.responder.Schedule schedule) {
        return schedule == null
                ? null
                : new Schedule(
                        schedule.dayNames(),
                        schedule.opensAtText(),
                        schedule.closesAtText(),
                        schedule.zone().getId());
    }
}

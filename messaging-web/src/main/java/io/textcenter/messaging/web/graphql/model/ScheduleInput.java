package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.responder.Schedule;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code ScheduleInput}. */
@Input("ScheduleInput")
public record ScheduleInput(
        @NonNull List<@NonNull String> days,
        @NonNull String opensAt,
        @NonNull String closesAt,
        @NonNull String timeZone) {

    public Schedule toSchedule() {
        return Schedule.of(days, opensAt, closesAt, timeZone);
    }
}

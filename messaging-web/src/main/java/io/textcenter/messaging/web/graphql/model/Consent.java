package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.consent.ConsentState;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What a number agreed to: opted out of every text (STOP) or not, marketing consent or not, and the history"
        + " of its marketing consent, oldest first")
public record Consent(
        @NonNull String phoneNumber,
        boolean optedOut,
        boolean marketing,

        @Description("Marketing consent given in the host's own records (through its directory)")
        boolean byHost,

        @NonNull List<@NonNull ConsentEvent> history) {

    public static Consent of(ConsentState state) {
        return new Consent(
                state.phoneNumber(),
                state.optedOut(),
                state.marketing(),
                state.byHost(),
                state.history().stream().map(ConsentEvent::of).toList());
    }
}

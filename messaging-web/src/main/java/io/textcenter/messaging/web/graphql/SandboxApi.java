package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.inbound.SandboxPhone;
import io.textcenter.messaging.runtime.ModuleClock;
import io.textcenter.messaging.web.graphql.model.Message;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The sandbox phone: playing a customer who texts the company, in sandbox mode only. */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.TEXT_MESSAGING})
public class SandboxApi {

    @Inject
    SandboxPhone phone;

    @Inject
    ModuleClock clock;

    @Query
    @Description(
            "Whether texts go to the sandbox carrier (messaging.carrier.sandbox=true): only then does sandboxReceiveText work")
    public boolean sandboxMode() {
        return phone.available();
    }

    /** An array, and @NonNull on its elements only: SmallRye makes a {@code List<@NonNull String>} argument required. */
    @Mutation
    @Description(
            "Sandbox carrier only (messaging.carrier.sandbox=true): a customer texting in, handled exactly as a signed"
                    + " webhook is; refused ('forbidden') when texts go to Twilio. Returns the stored INBOUND message.")
    public @NonNull Message sandboxReceiveText(
            @NonNull String from, @NonNull String to, String body, java.lang.@NonNull String[] mediaUrls) {
        return Message.of(phone.text(from, to, body, mediaUrls == null ? List.of() : List.of(mediaUrls)));
    }

    @Query
    @Description("The module's clock: the wall clock, unless sandboxMoveClock moved it forward. Returns its time.")
    public @NonNull OffsetDateTime sandboxClock() {
        return clock.now().atOffset(ZoneOffset.UTC);
    }

    @Mutation
    @RequiresGroup({Group.ADMINISTRATOR})
    @Description(
            "Sandbox carrier only: moves the module's clock forward to this time (for every user, until a restart), so"
                    + " scheduled and paced texts fall due as they would then; refused ('validation') for a time before"
                    + " the clock's, ('forbidden') when texts go to Twilio. Returns the clock's time.")
    public @NonNull OffsetDateTime sandboxMoveClock(@NonNull OffsetDateTime to) {
        return clock.moveSandboxClockTo(to.toInstant()).atOffset(ZoneOffset.UTC);
    }
}

package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.consent.MarketingConsentData;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Marketing consent given or withdrawn: when, how, the wording the customer agreed to, the agent's note and"
        + " who recorded it (null for the customer's own STOP)")
public record ConsentEvent(
        @NonNull OffsetDateTime at,
        boolean given,
        @NonNull ConsentSource source,
        String wording,
        String note,
        String recordedBy) {

    public static ConsentEvent of(MarketingConsentData data) {
        return new ConsentEvent(
                data.at(),
                data.given(),
                Mirror.of(data.source(), ConsentSource.class),
                data.wording(),
                data.note(),
                data.recordedBy());
    }
}

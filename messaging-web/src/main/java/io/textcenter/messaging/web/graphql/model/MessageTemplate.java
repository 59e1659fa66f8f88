package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.template.TemplateData;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code MessageTemplate}; its line is resolved in batches. */
public record MessageTemplate(
        @NonNull @Id String id,
        @NonNull String description,
        @NonNull String body,
        String optionalUrl,
        boolean includePortalLink,
        boolean includeVCard,
        @NonNull List<@NonNull String> imageUrls,
        @Ignore String lineId,

        @Description("Texts from it go only to numbers with marketing consent")
        boolean marketing) {

    public static MessageTemplate of(TemplateData data) {
        return new MessageTemplate(
                data.id(),
                data.description(),
                data.body(),
                data.optionalUrl(),
                data.includePortalLink(),
                data.includeVCard(),
                data.imageUrls(),
                data.lineId(),
                data.marketing());
    }
}

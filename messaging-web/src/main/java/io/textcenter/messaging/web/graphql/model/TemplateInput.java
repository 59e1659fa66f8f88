package io.textcenter.messaging.web.graphql.model;

import io.smallrye.graphql.api.Nullable;
import io.textcenter.messaging.template.TemplateData;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code TemplateInput}: no id adds a template. */
@Input("TemplateInput")
public record TemplateInput(
        @Id String id,
        @NonNull String description,
        @NonNull String body,
        @Id String lineId,
        String optionalUrl,
        @DefaultValue("false") Boolean includePortalLink,
        @DefaultValue("false") Boolean includeVCard,
        @Nullable List<@NonNull String> imageUrls,

        @Description("A marketing template: texts from it go only to numbers with marketing consent")
        @DefaultValue("false")
        Boolean marketing) {

    public TemplateData toData() {
        return new TemplateData(
                id,
                description,
                body,
                lineId,
                optionalUrl,
                Boolean.TRUE.equals(includePortalLink),
                Boolean.TRUE.equals(includeVCard),
                imageUrls == null ? List.of() : imageUrls,
                Boolean.TRUE.equals(marketing));
    }
}

package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.template.Rendered;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code RenderedMessage}: a template filled in, with what an editor needs to warn about. */
public record RenderedMessage(
        @NonNull String body,
        int segments,
        @NonNull String encoding,
        @NonNull List<@NonNull String> unknownMergeFields,

        @Description("Merge fields that had no value here and rendered empty") @NonNull
        List<@NonNull String> emptyMergeFields) {

    public static RenderedMessage of(Rendered rendered) {
        return new RenderedMessage(
                rendered.body(),
                rendered.segments(),
                rendered.encoding(),
                rendered.unknownFields(),
                rendered.emptyFields());
    }
}

package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.template.RenderService;
import io.textcenter.messaging.template.TemplateService;
import io.textcenter.messaging.web.graphql.model.MessageTemplate;
import io.textcenter.messaging.web.graphql.model.RenderedMessage;
import io.textcenter.messaging.web.graphql.model.SenderLine;
import io.textcenter.messaging.web.graphql.model.TemplateInput;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Templates: the center picks and previews them; administrators write them. */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.TEXT_MESSAGING})
public class TemplateApi {

    @Inject
    TemplateService templates;

    @Inject
    RenderService rendering;

    @Inject
    SenderLineService lines;

    @Query
    @Description("All templates, by description")
    public @NonNull List<@NonNull MessageTemplate> templates() {
        return templates.all().stream().map(MessageTemplate::of).toList();
    }

    @Query
    @Description("A template filled in for a conversation and/or an appointment, with its segments, before sending")
    public @NonNull RenderedMessage renderTemplate(
            @NonNull @Id String templateId, @Id String conversationId, @Id String appointmentId) {
        return RenderedMessage.of(rendering.render(templateId, conversationId, appointmentId));
    }

    @Query
    @Description("A text filled in for a conversation (merge fields), with its segments, before sending")
    public @NonNull RenderedMessage renderText(@NonNull String body, @Id String conversationId) {
        return RenderedMessage.of(rendering.renderText(body, conversationId));
    }

    @Mutation
    @RequiresGroup({Group.ADMINISTRATOR})
    public @NonNull MessageTemplate saveTemplate(@NonNull TemplateInput input) {
        return MessageTemplate.of(templates.save(input.toData()));
    }

    @Mutation
    @RequiresGroup({Group.ADMINISTRATOR})
    public boolean deleteTemplate(@NonNull @Id String id) {
        return templates.delete(id);
    }

    @Name("line")
    public List<SenderLine> templateLines(@Source List<MessageTemplate> page) {
        Map<String, SenderLineData> all = Lookup.byId(lines.all(), SenderLineData::id);
        return page.stream()
                .map(template -> all.get(template.lineId()))
                .map(line -> line == null ? null : SenderLine.of(line))
                .toList();
    }
}

package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.notification.NotificationSettingsService;
import io.textcenter.messaging.responder.AutoResponderService;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.web.graphql.model.AutoResponder;
import io.textcenter.messaging.web.graphql.model.AutoResponderInput;
import io.textcenter.messaging.web.graphql.model.NotificationSetting;
import io.textcenter.messaging.web.graphql.model.NotificationSettingInput;
import io.textcenter.messaging.web.graphql.model.SenderLine;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** What the module sends by itself: auto-responders and appointment status notifications (administrators). */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.ADMINISTRATOR})
public class AutomationApi {

    @Inject
    AutoResponderService responders;

    @Inject
    NotificationSettingsService notifications;

    @Inject
    SenderLineService lines;

    @Query
    public @NonNull List<@NonNull AutoResponder> autoResponders() {
        return responders.all().stream().map(AutoResponder::of).toList();
    }

    @Mutation
    public @NonNull AutoResponder saveAutoResponder(@NonNull AutoResponderInput input) {
        return AutoResponder.of(responders.save(input.toData()));
    }

    @Mutation
    public boolean deleteAutoResponder(@NonNull @Id String id) {
        return responders.delete(id);
    }

    @Query
    public @NonNull List<@NonNull NotificationSetting> notificationSettings() {
        return notifications.all().stream().map(NotificationSetting::of).toList();
    }

    @Mutation
    public @NonNull NotificationSetting saveNotificationSetting(@NonNull NotificationSettingInput input) {
        return NotificationSetting.of(notifications.save(input.toData()));
    }

    @Name("lines")
    public @NonNull List<@NonNull List<@NonNull SenderLine>> responderLines(@Source List<AutoResponder> page) {
        List<SenderLineData> all = lines.all();
        Map<String, SenderLineData> byId = Lookup.byId(all, SenderLineData::id);
        return page.stream()
                .map(responder -> (responder.lineIds().isEmpty()
                                ? all
                                : responder.lineIds().stream()
                                        .map(byId::get)
                                        .filter(Objects::nonNull)
                                        .toList())
                        .stream().map(SenderLine::of).toList())
                .toList();
    }
}

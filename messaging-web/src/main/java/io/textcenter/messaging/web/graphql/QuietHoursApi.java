package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.quiethours.QuietHours;
import io.textcenter.messaging.web.graphql.model.TextingWindow;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The company's texting window: bulk and scheduled texts reach a recipient only inside it, in their local time. */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.ADMINISTRATOR})
public class QuietHoursApi {

    @Inject
    QuietHours quietHours;

    @Query
    public @NonNull TextingWindow textingWindow() {
        return TextingWindow.of(quietHours.window());
    }

    @Mutation
    @Description("Sets the texting window (HH:mm, e.g. 08:00 and 21:00; 00:00 and 00:00: no quiet hours); texts already"
            + " waiting go by the new one")
    public @NonNull TextingWindow updateTextingWindow(@NonNull String opensAt, @NonNull String closesAt) {
        return TextingWindow.of(quietHours.update(opensAt, closesAt));
    }
}

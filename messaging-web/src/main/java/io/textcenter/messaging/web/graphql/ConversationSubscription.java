package io.textcenter.messaging.web.graphql;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.mutiny.Multi;
import io.textcenter.messaging.api.ForbiddenException;
import io.textcenter.messaging.web.graphql.model.Conversation;
import io.textcenter.messaging.web.security.BearerTokens;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.VerifiesItsOwnToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The live inbox over graphql-transport-ws at /messaging/graphql. A websocket carries no Authorization header and
 * reaches this without the server's caller, so the subscriber sends its token in the connection-init payload
 * ({"Authorization": "Bearer ..."}) and it is verified here with the same rules. The conversations come from the
 * instance's {@link ConversationFeed}, read once for all subscribers, and handed to each websocket by
 * {@link LiveDeliveries} (a send that stalls is broken off; an employee holds a bounded number of subscriptions).
 * {@code conversationsChanged} sends the conversations of a moment in one event, where {@code conversationChanged}
 * sends an event each: during a bulk send that is one event every gathering instead of hundreds, and each event costs
 * the server a GraphQL execution and a websocket message. Each change carries the conversation's own fields and its
 * line; SmallRye does not run batched resolvers for subscription events, so subscribers fetch its people and history
 * with {@code conversation(id)}.
 */
@GraphQLApi
@ApplicationScoped
@VerifiesItsOwnToken
public class ConversationSubscription {

    @Inject
    SmallRyeContext context;

    @Inject
    BearerTokens tokens;

    @Inject
    ConversationFeed feed;

    @Inject
    LiveDeliveries deliveries;

    @Subscription
    @Description(
            "A new message, a delivery status, a claim, whisper, resolve, reopen, review or link: the inbox updates live")
    public @NonNull Multi<@NonNull Conversation> conversationChanged() {
        return forTheCaller(changes -> changes.onItem().<Conversation>disjoint());
    }

    @Subscription
    @Description(
            "What conversationChanged sends, the conversations that changed in the same moment (messaging.live.gathering) together in one event; the first event, an empty list, says the subscription holds")
    public @NonNull Multi<@NonNull List<@NonNull Conversation>> conversationsChanged() {
        return forTheCaller(changes -> changes);
    }

    private <T> Multi<T> forTheCaller(Function<Multi<List<Conversation>>, Multi<T>> shape) {
        Optional<BearerTokens.VerifiedToken> caller = tokens.verify(initPayloadToken());
        if (caller.isEmpty()) {
            throw new ForbiddenException("a valid bearer token is required in the connection-init payload");
        }
        if (!caller.get().isInAnyOf(Group.TEXT_MESSAGING)) {
            throw new ForbiddenException("this subscription needs the group " + Group.TEXT_MESSAGING);
        }
        // the subscription ends when its token does: the client subscribes again with a fresh one
        Multi<List<Conversation>> untilTheTokenExpires = feed.changes()
                .select()
                .first(Duration.between(Instant.now(), caller.get().expiresAt()));
        return deliveries.to(caller.get().loginId(), shape.apply(untilTheTokenExpires));
    }

    private String initPayloadToken() {
        Object payload =
                context.getDataFetchingEnvironment().getGraphQlContext().get("init-payload");
        if (payload instanceof Map<?, ?> values) {
            for (Map.Entry<?, ?> entry : values.entrySet()) {
                if (String.valueOf(entry.getKey()).equalsIgnoreCase("authorization")
                        || String.valueOf(entry.getKey()).equalsIgnoreCase("token")) {
                    return entry.getValue() instanceof JsonString text
                            ? text.getString()
                            : String.valueOf(entry.getValue());
                }
            }
        }
        return null;
    }
}

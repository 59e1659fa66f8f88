package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.consent.ConsentState;
import io.textcenter.messaging.consent.MarketingConsents;
import io.textcenter.messaging.web.graphql.model.Consent;
import io.textcenter.messaging.web.graphql.model.ConsentSource;
import io.textcenter.messaging.web.graphql.model.Conversation;
import io.textcenter.messaging.web.graphql.model.MarketingSignUp;
import io.textcenter.messaging.web.graphql.model.Mirror;
import io.textcenter.messaging.web.security.Caller;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Consent by purpose: what a conversation's number agreed to, marketing consent recorded by an agent, and the keyword
 * customers text to sign up.
 */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.TEXT_MESSAGING})
public class ConsentApi {

    @Inject
    MarketingConsents consents;

    @Inject
    Caller caller;

    @Name("consent")
    @Description("What the conversation's number agreed to: opted out or not, marketing consent and its history")
    public @NonNull List<@NonNull Consent> conversationConsents(@Source List<Conversation> page) {
        Map<String, ConsentState> states =
                consents
                        .of(page.stream()
                                .map(Conversation::externalNumber)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ConsentState::phoneNumber, Function.identity()));
        return page.stream()
                .map(conversation -> Consent.of(states.get(conversation.externalNumber())))
                .toList();
    }

    @Mutation
    @Description("Records the customer's marketing consent as an agent heard or read it (VERBAL or WRITTEN), with the"
            + " wording they agreed to; audited with its author. A number that opted out is a 'conflict'.")
    public @NonNull Consent recordMarketingConsent(
            @NonNull String number, @NonNull ConsentSource source, @NonNull String wording, String note) {
        return Consent.of(consents.record(
                number,
                Mirror.of(source, io.textcenter.messaging.consent.ConsentSource.class),
                wording,
                note,
                caller.loginId().orElse(null)));
    }

    @Query
    @RequiresGroup({Group.ADMINISTRATOR})
    public @NonNull MarketingSignUp marketingSignUp() {
        return MarketingSignUp.of(consents.signUp());
    }

    @Mutation
    @RequiresGroup({Group.ADMINISTRATOR})
    @Description(
            "Sets the keyword a customer texts to sign up for marketing (null: none; not STOP, START, HELP or their"
                    + " synonyms) and the invitation's wording, required with a keyword")
    public @NonNull MarketingSignUp updateMarketingSignUp(String keyword, String wording) {
        return MarketingSignUp.of(consents.updateSignUp(keyword, wording));
    }

    @Mutation
    @Description("Takes the number's marketing consent back at the customer's request; audited")
    public @NonNull Consent withdrawMarketingConsent(@NonNull String number, String note) {
        return Consent.of(consents.withdraw(number, note, caller.loginId().orElse(null)));
    }
}

package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.consent.MarketingSignUpData;
import org.eclipse.microprofile.graphql.Description;

@Description("The keyword a customer texts to sign up for marketing (null: none) and the wording of the invitation"
        + " that names it, recorded with each consent given that way")
public record MarketingSignUp(String keyword, String wording) {

    public static MarketingSignUp of(MarketingSignUpData data) {
        return new MarketingSignUp(data.keyword(), data.wording());
    }
}

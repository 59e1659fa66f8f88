package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.settings.CompanySettingsService;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.settings.TwilioSettingsService;
import io.textcenter.messaging.web.graphql.model.CompanySettings;
import io.textcenter.messaging.web.graphql.model.CompanySettingsInput;
import io.textcenter.messaging.web.graphql.model.SenderLine;
import io.textcenter.messaging.web.graphql.model.SenderLineInput;
import io.textcenter.messaging.web.graphql.model.TwilioSettings;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** Sending lines (the center picks one to send from), the company's details and the Twilio account. */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.ADMINISTRATOR})
public class SettingsApi {

    @Inject
    SenderLineService lines;

    @Inject
    TwilioSettingsService twilio;

    @Inject
    CompanySettingsService company;

    @Query
    @RequiresGroup({Group.TEXT_MESSAGING})
    public @NonNull List<@NonNull SenderLine> senderLines() {
        return lines.all().stream().map(SenderLine::of).toList();
    }

    @Mutation
    public @NonNull SenderLine saveSenderLine(@NonNull SenderLineInput input) {
        return SenderLine.of(lines.save(input.toData()));
    }

    @Query
    @Description("The company's details used in merge fields, the vCard and appointment times")
    @RequiresGroup({Group.TEXT_MESSAGING})
    public @NonNull CompanySettings companySettings() {
        return CompanySettings.of(company.current());
    }

    @Mutation
    public @NonNull CompanySettings updateCompanySettings(@NonNull CompanySettingsInput input) {
        return CompanySettings.of(company.update(input.toData()));
    }

    @Query
    public @NonNull TwilioSettings twilioSettings() {
        return TwilioSettings.of(twilio.current());
    }

    @Mutation
    @Description("Sets the Twilio account. The auth token is write-only: it is stored, never returned.")
    public @NonNull TwilioSettings updateTwilioSettings(@NonNull String accountSid, @NonNull String authToken, String publicBaseUrl) {
        return TwilioSettings.of(twilio.update(accountSid, authToken, publicBaseUrl));
    }
}

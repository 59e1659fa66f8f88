package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.carrier.CarrierLimits;
import io.textcenter.messaging.carrier.TwilioNumberSetup;
import io.textcenter.messaging.runtime.RetryOnClash;
import io.textcenter.messaging.settings.CompanySettingsService;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.settings.TwilioSettingsService;
import io.textcenter.messaging.template.TemplateService;
import io.textcenter.messaging.web.graphql.model.CompanySettings;
import io.textcenter.messaging.web.graphql.model.CompanySettingsInput;
import io.textcenter.messaging.web.graphql.model.LineKind;
import io.textcenter.messaging.web.graphql.model.MessageLimits;
import io.textcenter.messaging.web.graphql.model.Mirror;
import io.textcenter.messaging.web.graphql.model.SenderLine;
import io.textcenter.messaging.web.graphql.model.SenderLineInput;
import io.textcenter.messaging.web.graphql.model.TwilioPhoneNumber;
import io.textcenter.messaging.web.graphql.model.TwilioSettings;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Sending lines (the center picks one to send from), the company's details, the Twilio account and its numbers. */
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

    @Inject
    TwilioNumberSetup numbers;

    @Inject
    RetryOnClash clashes;

    @Query
    @RequiresGroup({Group.TEXT_MESSAGING})
    public @NonNull List<@NonNull SenderLine> senderLines() {
        return lines.all().stream().map(SenderLine::of).toList();
    }

    @Query
    @RequiresGroup({Group.TEXT_MESSAGING})
    @Description("What one text may carry (the carrier's limits); a page holds its inputs to them")
    public @NonNull MessageLimits messageLimits() {
        return new MessageLimits(
                CarrierLimits.MAX_BODY_CHARACTERS, CarrierLimits.MAX_MEDIA, TemplateService.MAX_IMAGES);
    }

    @Mutation
    public @NonNull SenderLine saveSenderLine(@NonNull SenderLineInput input) {
        return SenderLine.of(lines.save(input.toData()));
    }

    @Query
    @Description(
            "The phone numbers of the saved Twilio account, each with the line it is and whether its texts reach this"
                    + " module; 'carrier-unavailable' when Twilio cannot be asked")
    public @NonNull List<@NonNull TwilioPhoneNumber> twilioPhoneNumbers() {
        return numbers.numbers().stream().map(TwilioPhoneNumber::of).toList();
    }

    @Mutation
    @Description(
            "Makes a number of the Twilio account a line (or updates the line that has it) and points it at this module"
                    + " in Twilio: texts and their fallback to the inbound webhook, status callbacks to the status webhook, on the"
                    + " saved public base URL with retries (#rc=3&rp=5xx,ct,rt)")
    public @NonNull SenderLine connectTwilioNumber(
            @NonNull @Id String sid, @NonNull String description, @DefaultValue("TWO_WAY") LineKind kind) {
        return SenderLine.of(
                numbers.connect(sid, description, Mirror.of(kind, io.textcenter.messaging.settings.LineKind.class)));
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
    public @NonNull TwilioSettings updateTwilioSettings(
            @NonNull String accountSid, @NonNull String authToken, String publicBaseUrl) {
        return TwilioSettings.of(clashes.store(() -> twilio.update(accountSid, authToken, publicBaseUrl)));
    }
}

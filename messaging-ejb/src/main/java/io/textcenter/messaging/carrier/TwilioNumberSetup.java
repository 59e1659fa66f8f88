package io.textcenter.messaging.carrier;

import io.textcenter.messaging.api.CarrierUnavailableException;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.settings.LineKind;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.settings.TwilioCredentials;
import io.textcenter.messaging.settings.TwilioSettingsService;
import io.textcenter.messaging.settings.WebhookPaths;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Making a number of the company's Twilio account a line in one step: Twilio is told to post the number's texts to
 * the module's inbound webhook (also as the fallback, so a failed attempt gets a second chance) and its status
 * callbacks to the status webhook, all on the saved public base URL with the retries asked for; then the number is
 * saved as a line, or the line that has it is updated.
 */
@Stateless
public class TwilioNumberSetup {

    private static final Pattern NUMBER_SID = Pattern.compile("PN[0-9a-fA-F]{32}");
    private static final double NEW_LINE_MESSAGES_PER_SECOND = 1;

    @Inject
    private Carriers carriers;

    @Inject
    private TwilioSettingsService twilio;

    @Inject
    private SenderLineService lines;

    /** Every number of the account, with its line and whether its texts reach this module. */
    public List<AccountNumber> numbers() {
        TwilioNumbers account = carriers.numbersOf(account());
        Optional<String> inbound = twilio.publicBaseUrl().map(WebhookPaths::inboundUrl);
        try {
            return account.all().stream()
                    .map(number -> new AccountNumber(
                            number,
                            lines.withNumber(number.phoneNumber())
                                    .map(SenderLineData::id)
                                    .orElse(null),
                            inbound.isPresent() && inbound.get().equals(number.smsUrl())))
                    .toList();
        } catch (CarrierException refused) {
            throw new CarrierUnavailableException(refused.getMessage());
        }
    }

    /**
     * The line the number now is, its texts and statuses pointed at this module. The line is saved (and checked) before
     * Twilio is told; when Twilio then refuses, the line is not kept.
     */
    public SenderLineData connect(String sid, String description, LineKind kind) {
        if (sid == null || !NUMBER_SID.matcher(sid).matches()) {
            throw new ValidationException(
                    "sid", "must be \"PN\" followed by 32 hexadecimal digits, a phone number's id in Twilio");
        }
        String base = twilio.publicBaseUrl()
                .orElseThrow(() -> new ValidationException(
                        "publicBaseUrl",
                        "must be saved with the Twilio settings first: Twilio posts the number's texts there"));
        TwilioNumbers account = carriers.numbersOf(account());
        try {
            TwilioPhoneNumber number = account.all().stream()
                    .filter(candidate -> candidate.sid().equals(sid))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Twilio phone number", sid));
            Optional<SenderLineData> existing = lines.withNumber(number.phoneNumber());
            SenderLineData line = lines.save(new SenderLineData(
                    existing.map(SenderLineData::id).orElse(null),
                    description,
                    number.phoneNumber(),
                    kind,
                    true,
                    existing.map(SenderLineData::messagesPerSecond).orElse(NEW_LINE_MESSAGES_PER_SECOND)));
            account.pointAt(
                            sid,
                            WebhookPaths.inboundUrl(base),
                            WebhookPaths.inboundUrl(base),
                            WebhookPaths.statusCallbackUrl(base))
                    .orElseThrow(() -> new NotFoundException("Twilio phone number", sid));
            return line;
        } catch (CarrierException refused) {
            throw new CarrierUnavailableException(refused.getMessage());
        }
    }

    private TwilioCredentials account() {
        return twilio.credentials()
                .orElseThrow(() -> new ValidationException(
                        "accountSid", "no Twilio account is saved: save it with the Twilio settings first"));
    }
}

package io.textcenter.messaging.carrier;

import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phone numbers of the company's Twilio account, read and pointed at the module's webhooks through Twilio's
 * IncomingPhoneNumbers API, so that making a number a line takes no steps in Twilio's console.
 */
public class TwilioNumbers {

    private static final int PAGE_SIZE = 100;
    private static final int NOT_FOUND = 404;

    private final TwilioRestClient client;

    TwilioNumbers(TwilioRestClient client) {
        this.client = client;
    }

    /** Every number of the account, every page of them. */
    public List<TwilioPhoneNumber> all() throws CarrierException {
        try {
            ResourceSet<IncomingPhoneNumber> numbers =
                    IncomingPhoneNumber.reader().pageSize(PAGE_SIZE).read(client);
            List<TwilioPhoneNumber> found = new ArrayList<>();
            numbers.forEach(number -> found.add(of(number)));
            return found;
        } catch (ApiException refused) {
            throw refusal("read the account's phone numbers", refused);
        }
    }

    /**
     * Points the number's texts at {@code smsUrl} (and, when that fails, at {@code fallbackUrl}), both POSTed, and its
     * status callbacks at {@code statusCallbackUrl}; answers the number as Twilio now has it, or empty when the account
     * has no number with this sid.
     */
    public Optional<TwilioPhoneNumber> pointAt(String sid, String smsUrl, String fallbackUrl, String statusCallbackUrl)
            throws CarrierException {
        try {
            return Optional.of(of(IncomingPhoneNumber.updater(sid)
                    .setSmsUrl(URI.create(smsUrl))
                    .setSmsMethod(HttpMethod.POST)
                    .setSmsFallbackUrl(URI.create(fallbackUrl))
                    .setSmsFallbackMethod(HttpMethod.POST)
                    .setStatusCallback(URI.create(statusCallbackUrl))
                    .setStatusCallbackMethod(HttpMethod.POST)
                    .update(client)));
        } catch (ApiException refused) {
            if (refused.getStatusCode() != null && refused.getStatusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw refusal("configure the phone number " + sid, refused);
        }
    }

    private static TwilioPhoneNumber of(IncomingPhoneNumber number) {
        return new TwilioPhoneNumber(
                number.getSid(),
                number.getPhoneNumber() == null ? null : number.getPhoneNumber().toString(),
                number.getFriendlyName(),
                number.getSmsUrl() == null ? null : number.getSmsUrl().toString());
    }

    private static CarrierException refusal(String what, ApiException refused) {
        String code = refused.getCode() == null ? null : refused.getCode().toString();
        String answer = refused.getStatusCode() == null
                ? "Twilio could not be reached"
                : "Twilio answered " + refused.getStatusCode();
        return new CarrierException(
                false, code, answer + " when asked to " + what + ": " + refused.getMessage(), refused);
    }
}

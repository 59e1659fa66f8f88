package io.textcenter.messaging.carrier;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;

import java.net.URI;
import java.util.List;

/** Sends through Twilio's Messages API with the company's account. */
class TwilioGateway implements CarrierGateway {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private final TwilioRestClient client;

    TwilioGateway(String accountSid, String authToken, String apiBaseUrl) {
        this.client = new TwilioRestClient.Builder(accountSid, authToken)
                .httpClient(new SingleAttemptHttpClient(apiBaseUrl))
                .build();
    }

    @Override
    public String send(OutgoingText text) throws CarrierException {
        MessageCreator creator = Message.creator(new PhoneNumber(text.to()), new PhoneNumber(text.from()), text.body());
        if (!text.mediaUrls().isEmpty()) {
            List<URI> media = text.mediaUrls().stream().map(URI::create).toList();
            creator.setMediaUrl(media);
        }
        if (text.statusCallbackUrl() != null) {
            creator.setStatusCallback(URI.create(text.statusCallbackUrl()));
        }
        try {
            return creator.create(client).getSid();
        } catch (ApiException refused) {
            Integer status = refused.getStatusCode();
            boolean retryable = status == null || status == TOO_MANY_REQUESTS || status >= SERVER_ERROR;
            String code = refused.getCode() == null ? null : refused.getCode().toString();
            throw new CarrierException(retryable, code, describe(status, refused), refused);
        } catch (RuntimeException unexpected) {
            throw new CarrierException(true, null, "carrier call failed: " + unexpected, unexpected);
        }
    }

    private static String describe(Integer status, ApiException refused) {
        return status == null ? "carrier unreachable: " + refused.getMessage() : "carrier answered " + status + ": " + refused.getMessage();
    }
}

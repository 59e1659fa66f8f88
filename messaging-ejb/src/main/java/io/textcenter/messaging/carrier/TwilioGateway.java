package io.textcenter.messaging.carrier;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;

import org.apache.hc.client5.http.ConnectTimeoutException;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Sends through Twilio's Messages API with the company's account. */
class TwilioGateway implements CarrierGateway {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private static final Duration CLOCK_LEEWAY = Duration.ofMinutes(5);
    private static final long PAGE_SIZE = 50;

    private final TwilioRestClient client;

    TwilioGateway(String accountSid, String authToken, String apiBaseUrl, Duration responseTimeout) {
        this.client = new TwilioRestClient.Builder(accountSid, authToken)
                .httpClient(new SingleAttemptHttpClient(apiBaseUrl, responseTimeout))
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
            if (status == null) {
                if (neverReachedCarrier(refused)) {
                    throw new CarrierException(true, null, "carrier unreachable: " + refused.getMessage(), refused);
                }
                throw CarrierException.unanswered("the carrier did not answer: " + refused.getMessage(), refused);
            }
            boolean retryable = status == TOO_MANY_REQUESTS || status >= SERVER_ERROR;
            String code = refused.getCode() == null ? null : refused.getCode().toString();
            throw new CarrierException(retryable, code, "carrier answered " + status + ": " + refused.getMessage(), refused);
        } catch (RuntimeException unexpected) {
            throw CarrierException.unanswered("carrier call failed: " + unexpected, unexpected);
        }
    }

    /**
     * Reads the newest texts of this pair of numbers from Twilio's message log. A text Twilio took has its date_created
     * from Twilio's clock: a few minutes of leeway cover clocks that differ.
     */
    @Override
    public List<String> findTaken(OutgoingText text, Instant since) throws CarrierException {
        Instant earliest = since.minus(CLOCK_LEEWAY);
        try {
            return Message.reader().setFrom(new PhoneNumber(text.from())).setTo(new PhoneNumber(text.to())).setPageSize(PAGE_SIZE)
                    .firstPage(client).getRecords().stream()
                    .filter(taken -> Objects.equals(nullToEmpty(taken.getBody()), nullToEmpty(text.body())))
                    .filter(taken -> taken.getDateCreated() == null || !taken.getDateCreated().toInstant().isBefore(earliest))
                    .map(Message::getSid)
                    .toList();
        } catch (RuntimeException unreadable) {
            throw new CarrierException(true, null, "could not read the carrier's message log: " + unreadable.getMessage(), unreadable);
        }
    }

    private static String nullToEmpty(String body) {
        return body == null ? "" : body;
    }

    /** Whether the call failed before the request could leave (so sending again cannot send twice). */
    private static boolean neverReachedCarrier(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException || cause instanceof ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}

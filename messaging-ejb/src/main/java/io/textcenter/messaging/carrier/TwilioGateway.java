package io.textcenter.messaging.carrier;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.rest.api.v2010.account.message.Media;
import com.twilio.type.PhoneNumber;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** Sends through Twilio's Messages API with the company's account. */
class TwilioGateway implements CarrierGateway {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private static final int NOT_FOUND = 404;
    private static final Duration CLOCK_LEEWAY = Duration.ofMinutes(5);
    private static final long PAGE_SIZE = 50;
    private static final long LOG_PAGE_SIZE = 1000;
    private static final String JSON_SUFFIX = ".json";

    private final TwilioRestClient client;
    private final String mediaBaseUrl;

    /** @param mediaBaseUrl where Twilio's API answers (its own host, or the one configured in its place) */
    TwilioGateway(TwilioRestClient client, String mediaBaseUrl) {
        this.client = client;
        this.mediaBaseUrl = mediaBaseUrl;
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
            throw new CarrierException(
                    retryable, code, "carrier answered " + status + ": " + refused.getMessage(), refused);
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
            return Message.reader()
                    .setFrom(new PhoneNumber(text.from()))
                    .setTo(new PhoneNumber(text.to()))
                    .setPageSize(PAGE_SIZE)
                    .firstPage(client)
                    .getRecords()
                    .stream()
                    .filter(taken -> Objects.equals(nullToEmpty(taken.getBody()), nullToEmpty(text.body())))
                    .filter(taken -> taken.getDateCreated() == null
                            || !taken.getDateCreated().toInstant().isBefore(earliest))
                    .map(Message::getSid)
                    .toList();
        } catch (RuntimeException unreadable) {
            throw new CarrierException(
                    true, null, "could not read the carrier's message log: " + unreadable.getMessage(), unreadable);
        }
    }

    /** Twilio's log holds inbound and outbound texts of the number; the inbound ones are what it received. */
    @Override
    public List<LoggedText> receivedSince(String number, Instant since) throws CarrierException {
        try {
            List<LoggedText> received = new ArrayList<>();
            for (Message logged : Message.reader()
                    .setTo(new PhoneNumber(number))
                    .setDateSentAfter(since.atZone(ZoneOffset.UTC))
                    .setPageSize(LOG_PAGE_SIZE)
                    .read(client)) {
                Instant at = receivedAt(logged);
                if (logged.getDirection() == Message.Direction.INBOUND && !at.isBefore(since)) {
                    received.add(new LoggedText(
                            logged.getSid(),
                            String.valueOf(logged.getFrom()),
                            logged.getTo(),
                            logged.getBody(),
                            media(logged),
                            at));
                }
            }
            return received;
        } catch (ApiException refused) {
            throw logUnreadable(refused);
        }
    }

    @Override
    public Optional<LoggedStatus> statusOf(String carrierSid) throws CarrierException {
        try {
            Message logged = Message.fetcher(carrierSid).fetch(client);
            return Optional.of(new LoggedStatus(
                    String.valueOf(logged.getStatus()),
                    logged.getErrorCode() == null ? null : logged.getErrorCode().toString()));
        } catch (ApiException refused) {
            if (Integer.valueOf(NOT_FOUND).equals(refused.getStatusCode())) {
                return Optional.empty();
            }
            throw logUnreadable(refused);
        }
    }

    /** The media of a received text, at the URLs Twilio's webhook would have given (its API's, without ".json"). */
    private List<LoggedText.Media> media(Message logged) {
        if (logged.getNumMedia() == null || "0".equals(logged.getNumMedia())) {
            return List.of();
        }
        List<LoggedText.Media> media = new ArrayList<>();
        for (Media item : Media.reader(logged.getSid()).read(client)) {
            String uri = item.getUri().endsWith(JSON_SUFFIX)
                    ? item.getUri().substring(0, item.getUri().length() - JSON_SUFFIX.length())
                    : item.getUri();
            media.add(new LoggedText.Media(mediaBaseUrl + uri, item.getContentType()));
        }
        return media;
    }

    private static Instant receivedAt(Message logged) {
        if (logged.getDateSent() != null) {
            return logged.getDateSent().toInstant();
        }
        return logged.getDateCreated() == null
                ? Instant.EPOCH
                : logged.getDateCreated().toInstant();
    }

    /** Reading the log failed: 429 and 5xx say "later"; without an answer, later too. */
    private static CarrierException logUnreadable(ApiException refused) {
        Integer status = refused.getStatusCode();
        boolean retryable = status == null || status == TOO_MANY_REQUESTS || status >= SERVER_ERROR;
        String code = refused.getCode() == null ? null : refused.getCode().toString();
        return new CarrierException(
                retryable, code, "could not read the carrier's message log: " + refused.getMessage(), refused);
    }

    private static String nullToEmpty(String body) {
        return body == null ? "" : body;
    }

    /** Whether the call failed before the request could leave (so sending again cannot send twice). */
    private static boolean neverReachedCarrier(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof UnknownHostException
                    || cause instanceof ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}

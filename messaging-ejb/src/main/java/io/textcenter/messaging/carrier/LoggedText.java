package io.textcenter.messaging.carrier;

import java.time.Instant;
import java.util.List;

/**
 * A text the carrier received for one of the company's numbers, as the carrier's message log holds it.
 *
 * @param media      its MMS media: the carrier's URL of each, with its content type
 * @param receivedAt when the carrier received it
 */
public record LoggedText(
        String carrierSid, String from, String to, String body, List<Media> media, Instant receivedAt) {

    public record Media(String url, String contentType) {}
}

package io.textcenter.messaging.carrier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The port to the carrier: hands over texts, and answers from its message log what it took and received. */
public interface CarrierGateway {

    /** Hands over one text; answers the carrier's id for it (the MessageSid). */
    String send(OutgoingText text) throws CarrierException;

    /**
     * The ids of texts the carrier took from {@code text.from()} to {@code text.to()} with the same body, handed over at
     * or after {@code since}, newest first: how a send whose outcome is unknown (no answer, a crash) is settled.
     */
    List<String> findTaken(OutgoingText text, Instant since) throws CarrierException;

    /**
     * The texts the carrier received for {@code number} at or after {@code since}, all of them (every page of the log):
     * how texts whose webhooks never came are recovered.
     */
    List<LoggedText> receivedSince(String number, Instant since) throws CarrierException;

    /** The status of the text with this MessageSid in the carrier's log; empty when the log does not hold it. */
    Optional<LoggedStatus> statusOf(String carrierSid) throws CarrierException;
}

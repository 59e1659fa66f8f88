package io.textcenter.messaging.carrier;

import java.time.Instant;
import java.util.List;

/** The port to the carrier: hands over texts and answers what it took. */
public interface CarrierGateway {

    /** Hands over one text; answers the carrier's id for it (the MessageSid). */
    String send(OutgoingText text) throws CarrierException;

    /**
     * The ids of texts the carrier took from {@code text.from()} to {@code text.to()} with the same body, handed over at
     * or after {@code since}, newest first: how a send whose outcome is unknown (no answer, a crash) is settled.
     */
    List<String> findTaken(OutgoingText text, Instant since) throws CarrierException;
}

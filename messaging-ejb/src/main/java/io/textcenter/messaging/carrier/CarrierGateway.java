package io.textcenter.messaging.carrier;

/** The port to the carrier: hands over one text and answers the carrier's id for it (the MessageSid). */
public interface CarrierGateway {

    String send(OutgoingText text) throws CarrierException;
}

package io.textcenter.messaging.carrier;

/** A sent text's status in the carrier's message log ("delivered", "undelivered"…), and its error code if it has one. */
public record LoggedStatus(String status, String errorCode) {}

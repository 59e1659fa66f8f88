package io.textcenter.messaging.outbound;

import io.textcenter.messaging.carrier.OutgoingText;
import io.textcenter.messaging.settings.TwilioCredentials;

import java.time.Instant;
import java.util.Optional;

/** A message claimed for sending (now SENDING), with its send slot and all the carrier call needs. */
record SendJob(long messageId, int attempt, Instant slot, OutgoingText text, Optional<TwilioCredentials> account) {
}

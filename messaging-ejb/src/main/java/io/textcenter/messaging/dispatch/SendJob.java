package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.carrier.OutgoingText;
import io.textcenter.messaging.settings.TwilioCredentials;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A message claimed for sending (now SENDING), with its send slot, the spacing of its line's slots, and all the carrier
 * call needs.
 */
record SendJob(
        long messageId,
        long lineId,
        int attempt,
        Instant slot,
        Duration spacing,
        OutgoingText text,
        Optional<TwilioCredentials> account) {}

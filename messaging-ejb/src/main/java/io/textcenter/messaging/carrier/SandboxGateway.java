package io.textcenter.messaging.carrier;

import io.textcenter.messaging.validation.PhoneNumbers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The carrier of sandbox mode ({@code messaging.carrier.sandbox=true}): nothing leaves the server. Each text gets a
 * made-up SID, counts as sent, and is logged in one line, so the module can be tried end to end without an account.
 */
class SandboxGateway implements CarrierGateway {

    private static final Logger LOG = Logger.getLogger(SandboxGateway.class.getName());

    @Override
    public String send(OutgoingText text) {
        String sid = "SMsandbox" + UUID.randomUUID().toString().replace("-", "").substring(0, 23);
        LOG.info(() -> "Sandbox carrier: " + text.from() + " -> " + PhoneNumbers.masked(text.to())
                + ", " + text.body().length() + " characters, " + text.mediaUrls().size() + " media, " + sid);
        return sid;
    }

    /** Nothing leaves the server: a sandbox text interrupted by a crash was never handed over. */
    @Override
    public List<String> findTaken(OutgoingText text, Instant since) {
        return List.of();
    }

    /** Nothing reaches the sandbox but through the module itself: it has nothing to recover. */
    @Override
    public List<LoggedText> receivedSince(String number, Instant since) {
        return List.of();
    }

    @Override
    public Optional<LoggedStatus> statusOf(String carrierSid) {
        return Optional.empty();
    }
}

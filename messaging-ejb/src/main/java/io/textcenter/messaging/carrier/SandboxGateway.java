package io.textcenter.messaging.carrier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The carrier used while no Twilio account is configured: nothing leaves the server. Each text gets a made-up SID,
 * counts as sent, and is logged in one line, so the module can be tried end to end without an account.
 */
class SandboxGateway implements CarrierGateway {

    private static final Logger LOG = Logger.getLogger(SandboxGateway.class.getName());

    @Override
    public String send(OutgoingText text) {
        String sid = "SMsandbox" + UUID.randomUUID().toString().replace("-", "").substring(0, 23);
        LOG.info(() -> "Sandbox carrier (no Twilio account configured): " + text.from() + " -> " + text.to()
                + ", " + text.body().length() + " characters, " + text.mediaUrls().size() + " media, " + sid);
        return sid;
    }

    /** Nothing leaves the server: a sandbox text interrupted by a crash was never handed over. */
    @Override
    public List<String> findTaken(OutgoingText text, Instant since) {
        return List.of();
    }
}

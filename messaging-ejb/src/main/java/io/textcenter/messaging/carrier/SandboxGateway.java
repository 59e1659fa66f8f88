package io.textcenter.messaging.carrier;

import io.textcenter.messaging.validation.PhoneNumbers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * The carrier of sandbox mode ({@code messaging.carrier.sandbox=true}): nothing leaves the server. Each text gets a
 * made-up SID and is logged in one line; its status then moves as Twilio's would, through the same status reports
 * ("queued", "sent", "delivered", a moment apart). Twilio's test numbers fail as Twilio's test credentials make them
 * fail, so failures can be tried too.
 */
class SandboxGateway implements CarrierGateway {

    private static final Logger LOG = Logger.getLogger(SandboxGateway.class.getName());
    private static final List<String> PROGRESS = List.of("queued", "sent", "delivered");
    private static final Duration STEP = Duration.ofMillis(700);

    /** Twilio's magic test numbers: the error each one answers, and what the error says. */
    private static final Map<String, String[]> TEST_NUMBERS = Map.of(
            "+15005550001", new String[] {"21211", "invalid 'To' phone number"},
            "+15005550002", new String[] {"21612", "the carrier cannot route to this number"},
            "+15005550003", new String[] {"21408", "no permission to send to this region"},
            "+15005550004", new String[] {"21610", "the recipient has opted out (blocked)"},
            "+15005550009", new String[] {"21614", "the number cannot receive SMS"});

    /** Fires a status report after a delay. */
    private final BiConsumer<CarrierReport, Duration> reports;

    SandboxGateway(BiConsumer<CarrierReport, Duration> reports) {
        this.reports = reports;
    }

    @Override
    public String send(OutgoingText text) throws CarrierException {
        String[] refusal = TEST_NUMBERS.get(text.to());
        if (refusal != null) {
            throw new CarrierException(false, refusal[0], "sandbox carrier answered 400: " + refusal[1], null);
        }
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        LOG.info(() -> "Sandbox carrier: " + text.from() + " -> " + PhoneNumbers.masked(text.to()) + ", "
                + text.body().length() + " characters, " + text.mediaUrls().size() + " media, " + sid);
        for (int step = 0; step < PROGRESS.size(); step++) {
            reports.accept(new CarrierReport(sid, PROGRESS.get(step), null), STEP.multipliedBy(step + 1L));
        }
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

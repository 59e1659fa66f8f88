package io.textcenter.messaging.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.carrier.CarrierState;
import io.textcenter.messaging.carrier.Carriers;
import io.textcenter.messaging.consent.ConsentService;
import io.textcenter.messaging.outbound.NoMetrics;
import io.textcenter.messaging.persistence.NoEvents;
import io.textcenter.messaging.persistence.TestDatabase;
import io.textcenter.messaging.quiethours.QuietHours;
import io.textcenter.messaging.quiethours.QuietHoursCheck;
import io.textcenter.messaging.quiethours.TextingWindow;
import io.textcenter.messaging.settings.TwilioCredentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's claims against the module's schema and SQL, without a server: which due texts a claim takes and at
 * what pace, and which it settles on the way instead (opted out, no marketing consent, the recipient's quiet hours).
 */
class OutboxClaimsTest {

    /** 10:00 in New York, inside the default texting window. */
    private static final Instant MORNING_IN_NEW_YORK = Instant.parse("2026-12-01T15:00:00Z");
    /** 22:00 in New York the evening before: quiet hours there until 08:00 (13:00Z). */
    private static final Instant NIGHT_IN_NEW_YORK = Instant.parse("2026-12-01T03:00:00Z");

    private static final double FAST_LINE = 100;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final TestDatabase database = TestDatabase.fresh();
    private final OutboxRows rows = new OutboxRows(database, FAST_LINE);
    private final OutboxClaims claims = new OutboxClaims();
    private final Set<String> optedOut = new HashSet<>();
    private final Set<String> marketingConsent = new HashSet<>();

    OutboxClaimsTest() {
        claims.em = database.entityManager();
        claims.lines = new OneLine(FAST_LINE);
        claims.twilio = new ConfiguredAccount();
        claims.carriers = new ConfiguredCarrier();
        claims.consent = new RecordedConsent();
        claims.quietHours = new EveryNumberInNewYork();
        claims.changed = new NoEvents<>();
        claims.metrics = new NoMetrics();
        claims.sendJobs = new SendJobs();
        claims.sendJobs.queries = new NoAttachments();
        claims.sendJobs.twilio = claims.twilio;
        at(MORNING_IN_NEW_YORK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void dueTextsAreClaimedOldestFirstEachWithASlotOfItsOwnAtTheLinesPace() {
        long second =
                rows.waiting("+12015550102", "QUEUED", MORNING_IN_NEW_YORK.minusSeconds(5), false, "TRANSACTIONAL");
        long first =
                rows.waiting("+12015550101", "QUEUED", MORNING_IN_NEW_YORK.minusSeconds(9), false, "TRANSACTIONAL");
        long notYet =
                rows.waiting("+12015550103", "QUEUED", MORNING_IN_NEW_YORK.plusSeconds(60), false, "TRANSACTIONAL");

        List<SendJob> jobs = claimDue();

        assertEquals(
                List.of(first, second), jobs.stream().map(SendJob::messageId).toList());
        assertEquals("SENDING", rows.statusOf(first));
        assertEquals("QUEUED", rows.statusOf(notYet));
        Duration apart = Duration.between(jobs.get(0).slot(), jobs.get(1).slot());
        assertTrue(apart.compareTo(Duration.ofMillis(10)) >= 0, "a 100-a-second line: 10 ms apart at least, " + apart);
        assertTrue(jobs.get(0).slot().isAfter(MORNING_IN_NEW_YORK), "no slot in the past");
        assertEquals(List.of(), claimDue(), "a claimed text is nobody else's");
    }

    @Test
    void aScheduledTextIsClaimedOnlyOnceItsTimeHasCome() {
        long scheduled =
                rows.waiting("+12015550101", "SCHEDULED", MORNING_IN_NEW_YORK.plusSeconds(3600), true, "TRANSACTIONAL");

        assertEquals(List.of(), claimDue());
        assertEquals("SCHEDULED", rows.statusOf(scheduled));

        at(MORNING_IN_NEW_YORK.plusSeconds(3600));
        assertEquals(
                List.of(scheduled), claimDue().stream().map(SendJob::messageId).toList());
        assertEquals("SENDING", rows.statusOf(scheduled));
    }

    @Test
    void textsThatMustNotGoAreSkippedWithTheReasonAndTheRestClaimed() {
        optedOut.add("+12015550101");
        marketingConsent.add("+12015550103");
        long toOptedOut =
                rows.waiting("+12015550101", "QUEUED", MORNING_IN_NEW_YORK.minusSeconds(3), false, "TRANSACTIONAL");
        long unasked = rows.waiting("+12015550102", "QUEUED", MORNING_IN_NEW_YORK.minusSeconds(2), true, "MARKETING");
        long consenting =
                rows.waiting("+12015550103", "QUEUED", MORNING_IN_NEW_YORK.minusSeconds(1), true, "MARKETING");

        assertEquals(
                List.of(consenting), claimDue().stream().map(SendJob::messageId).toList());

        assertEquals("SKIPPED", rows.statusOf(toOptedOut));
        assertEquals("SKIPPED", rows.statusOf(unasked));
        assertEquals(OutboxClaims.NO_MARKETING_CONSENT, rows.column(unasked, "error_code"));
    }

    @Test
    void aTextDueInTheRecipientsQuietHoursWaitsUntilTheirWindowOpens() {
        at(NIGHT_IN_NEW_YORK);
        long bulk = rows.waiting("+12015550101", "QUEUED", NIGHT_IN_NEW_YORK.minusSeconds(1), true, "TRANSACTIONAL");
        long reply = rows.waiting("+12015550102", "QUEUED", NIGHT_IN_NEW_YORK.minusSeconds(1), false, "TRANSACTIONAL");

        assertEquals(List.of(reply), claimDue().stream().map(SendJob::messageId).toList());

        assertEquals("QUEUED", rows.statusOf(bulk));
        assertEquals(OutboxClaims.QUIET_HOURS, rows.column(bulk, "error_code"));
        assertEquals(Instant.parse("2026-12-01T13:00:00Z"), rows.timeIn(bulk, "next_attempt_at"), "08:00 in New York");
    }

    @Test
    void claimedTextsASenderCouldNotTakeGoBackToTheOutbox() {
        long text = rows.waiting("+12015550101", "QUEUED", MORNING_IN_NEW_YORK.minusSeconds(1), false, "TRANSACTIONAL");
        List<SendJob> jobs = claimDue();

        database.write(em -> claims.putBack(jobs));

        assertEquals("QUEUED", rows.statusOf(text));
        assertEquals(List.of(text), claimDue().stream().map(SendJob::messageId).toList());
    }

    private List<SendJob> claimDue() {
        List<SendJob> jobs = new ArrayList<>();
        database.write(em -> jobs.addAll(claims.claimDue(OutboxRows.LINE, FAST_LINE)));
        return jobs;
    }

    private void at(Instant now) {
        claims.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private static final class ConfiguredCarrier extends Carriers {
        @Override
        public CarrierState state(Optional<TwilioCredentials> credentials) {
            return CarrierState.TWILIO;
        }
    }

    private final class RecordedConsent extends ConsentService {
        @Override
        public Set<String> optedOutAmong(Collection<String> phoneNumbers) {
            return phoneNumbers.stream().filter(optedOut::contains).collect(Collectors.toSet());
        }

        @Override
        public Set<String> withMarketingConsentAmong(Collection<String> phoneNumbers) {
            return phoneNumbers.stream().filter(marketingConsent::contains).collect(Collectors.toSet());
        }
    }

    /** The company's default window, 08:00 to 21:00, and every number a New York one. */
    private final class EveryNumberInNewYork extends QuietHours {
        @Override
        public QuietHoursCheck checkNow(Collection<String> numbers) {
            Map<String, ZoneId> zones = new HashMap<>();
            numbers.forEach(number -> zones.put(number, NEW_YORK));
            return new QuietHoursCheck(TextingWindow.DEFAULT, NEW_YORK, zones, claims.clock.instant());
        }
    }
}

package io.textcenter.messaging.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.carrier.CarrierException;
import io.textcenter.messaging.carrier.OutgoingText;
import io.textcenter.messaging.conversation.Message;
import io.textcenter.messaging.outbound.DeliveryReports;
import io.textcenter.messaging.outbound.NoMetrics;
import io.textcenter.messaging.persistence.NoEvents;
import io.textcenter.messaging.persistence.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the outbox records of a carrier call, against the module's schema and SQL, without a server: a text taken is
 * SENT, a refusal is retried or failed, and a call that got no answer is settled from the carrier's log, never resent
 * blindly.
 */
class OutboxSettlementTest {

    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
    private static final int MAX_ATTEMPTS = 3;

    private final TestDatabase database = TestDatabase.fresh();
    private final OutboxRows rows = new OutboxRows(database, 1);
    private final OutboxSettlement settlement = new OutboxSettlement();

    OutboxSettlementTest() {
        settlement.em = database.entityManager();
        settlement.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        settlement.lines = new OneLine(1);
        settlement.changed = new NoEvents<>();
        settlement.reports = new NoReportsWaiting();
        settlement.metrics = new NoMetrics();
        settlement.sendJobs = new SendJobs();
        settlement.sendJobs.queries = new NoAttachments();
        settlement.sendJobs.twilio = new ConfiguredAccount();
        settlement.maxAttempts = MAX_ATTEMPTS;
        settlement.firstRetryDelay = Duration.ofSeconds(10);
        settlement.maxRetryDelay = Duration.ofMinutes(5);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void textsTheCarrierTookAreSentWithItsMessageSid() {
        long first = rows.sending("+12015550101", 1, NOW.minusSeconds(1));
        long second = rows.sending("+12015550102", 1, NOW.minusSeconds(1));

        database.write(em ->
                settlement.sent(List.of(new TakenByCarrier(first, "SM0001"), new TakenByCarrier(second, "SM0002"))));

        assertEquals("SENT", rows.statusOf(first));
        assertEquals("SM0001", rows.column(first, "carrier_sid"));
        assertEquals("SM0002", rows.column(second, "carrier_sid"));
        assertEquals(NOW, rows.timeIn(first, "sent_at"));
    }

    @Test
    void aRefusalWorthRetryingWaitsForItsNextAttemptUntilTheAttemptsRunOut() {
        long text = rows.sending("+12015550101", 1, NOW.minusSeconds(1));

        refused(text, 1, new CarrierException(true, "20429", "too many requests", null));

        assertEquals("QUEUED", rows.statusOf(text));
        assertTrue(rows.timeIn(text, "next_attempt_at").isAfter(NOW), "not at once: with backoff");

        long lastTry = rows.sending("+12015550102", MAX_ATTEMPTS, NOW.minusSeconds(1));
        refused(lastTry, MAX_ATTEMPTS, new CarrierException(true, "20429", "too many requests", null));
        assertEquals("FAILED", rows.statusOf(lastTry));
        assertEquals(OutboxSettlement.RETRIES_EXHAUSTED, rows.column(lastTry, "error_code"));
    }

    @Test
    void aCallThatGotNoAnswerStaysSendingUntilTheCarriersLogSettlesIt() {
        long taken = rows.sending("+12015550101", 1, NOW.minusSeconds(1));
        long lost = rows.sending("+12015550102", 1, NOW.minusSeconds(1));
        for (long text : List.of(taken, lost)) {
            refused(text, 1, CarrierException.unanswered("no answer within 2 s", null));
            assertEquals("SENDING", rows.statusOf(text), "never sent again blindly");
        }

        database.write(em -> settlement.settle(job(taken, 1), List.of("SM0001")));
        database.write(em -> settlement.settle(job(lost, 1), List.of()));

        assertEquals("SENT", rows.statusOf(taken));
        assertEquals("SM0001", rows.column(taken, "carrier_sid"));
        assertEquals("QUEUED", rows.statusOf(lost), "the carrier never took it: it goes again");
    }

    @Test
    void aSendWhoseOutcomeStaysUnknownTooLongFailsForAPersonToReview() {
        long recent = rows.sending("+12015550101", 1, NOW.minus(Duration.ofMinutes(3)));
        long old = rows.sending("+12015550102", 1, NOW.minus(Duration.ofHours(2)));
        long fresh = rows.sending("+12015550103", 1, NOW.minusSeconds(5));

        List<SendJob> toAsk = new ArrayList<>();
        database.write(em -> toAsk.addAll(settlement.unsettled(Duration.ofMinutes(2), Duration.ofHours(1))));

        assertEquals(List.of(recent), toAsk.stream().map(SendJob::messageId).toList(), "asked about, not resent");
        assertEquals("FAILED", rows.statusOf(old));
        assertEquals(OutboxSettlement.OUTCOME_UNKNOWN, rows.column(old, "error_code"));
        assertEquals("SENDING", rows.statusOf(fresh), "its call may still be under way");
    }

    private void refused(long message, int attempt, CarrierException refusal) {
        database.write(em -> settlement.refused(job(message, attempt), refusal));
    }

    private static SendJob job(long message, int attempt) {
        return new SendJob(
                message,
                OutboxRows.LINE,
                attempt,
                NOW.minusSeconds(1),
                Duration.ofSeconds(1),
                new OutgoingText("+12015550100", "+12015550101", "Hello", List.of(), null),
                Optional.empty());
    }

    private static final class NoReportsWaiting extends DeliveryReports {
        @Override
        public void applyWaiting(Collection<Message> recorded) {}
    }
}

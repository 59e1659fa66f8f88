package io.textcenter.messaging.web.reliability;

import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.Metrics;
import io.textcenter.messaging.web.support.Webhooks;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** What an operator's Prometheus sees of webhooks that were refused or missed. */
@Isolated("it counts the module's refused webhooks, which other classes add to")
class WebhookMetricsIT extends AgainstTheDeployedModule {

    /** Two readings of Twilio's log (every 2 s here), with room to spare on a busy machine. */
    private static final Duration TWO_READINGS_AND_SPARE = Duration.ofSeconds(20);

    @Test
    void refusedSignaturesAndRecoveredTextsShowInTheMetrics() {
        Center center = Center.withFakeTwilio(server());
        Metrics metrics = new Metrics(center.server());
        double refusedBefore = metrics.value("webhook_requests_total", "answer", "403", "webhook", "inbound");
        double recoveredBefore = metrics.value("reconciliation_recovered_texts_total");
        Line line = center.line("TWO_WAY");

        for (int i = 0; i < 3; i++) {
            Map<String, String> text = Webhooks.text(messageSid(), e164(localMobile()), line.number(), "forged " + i);
            assertEquals(
                    403,
                    center.webhooks()
                            .post("/messaging/api/twilio/inbound", text, "forged-signature")
                            .statusCode());
        }
        FakeTwilio.instance().received(e164(localMobile()), line.number(), "lost webhook", Instant.now());

        assertEquals(refusedBefore + 3, metrics.value("webhook_requests_total", "answer", "403", "webhook", "inbound"));
        await().atMost(TWO_READINGS_AND_SPARE)
                .until(() -> metrics.value("reconciliation_recovered_texts_total") >= recoveredBefore + 1);
        assertTrue(metrics.has("outbox_queued_texts", "line", line.id()), "a gauge of the line's outbox");
    }
}

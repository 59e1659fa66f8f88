package io.textcenter.messaging.web.reliability;

import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Twilio's callbacks for a text can reach the module before it stored that the carrier took the text: here the fake
 * carrier posts "sent", "delivered" and a late "queued" the moment it takes each of 200 texts. Every text ends DELIVERED.
 */
class EarlyStatusCallbacksIT extends AgainstTheDeployedModule {

    private static final int TEXTS = 200;

    @Test
    void statusCallbacksThatComeBeforeTheirTextsRecordAreAllApplied() {
        Center center = Center.withFakeTwilio(server());
        Line line = center.line("TWO_WAY", 100);
        FakeTwilio.instance().reportStatusesAtOnce(line.number());
        String agent = agentToken();
        for (int i = 0; i < TEXTS; i++) {
            center.graphQL()
                    .call(
                            agent,
                            "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }",
                            "input",
                            Map.of(
                                    "to",
                                    e164(localMobile()),
                                    "lineId",
                                    line.id(),
                                    "body",
                                    "Your technician is on the way (" + i + ")"))
                    .data("sendMessage");
        }

        Map<String, Long> byStatus;
        try {
            byStatus = await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(
                            () -> center.outboundStatuses(line),
                            statuses -> statuses.getOrDefault("DELIVERED", 0L) == TEXTS);
        } catch (ConditionTimeoutException notAllDelivered) {
            throw new AssertionError(
                    "status callbacks not answered 200: "
                            + FakeTwilio.instance().statusCallbacksNotTaken(),
                    notAllDelivered);
        }
        assertEquals(Map.of("DELIVERED", (long) TEXTS), byStatus);
        assertEquals(List.of(), FakeTwilio.instance().statusCallbacksNotTaken(), "every status callback answered 200");
    }
}

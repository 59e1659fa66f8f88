package io.textcenter.messaging.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textcenter.messaging.delivery.DeliveryStatus;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryReportsTest {

    @ParameterizedTest(name = "Twilio \"{0}\" is {1}")
    @CsvSource({
        "queued, SENT",
        "accepted, SENT",
        "sending, SENT",
        "sent, SENT",
        "delivered, DELIVERED",
        "read, DELIVERED",
        "undelivered, UNDELIVERED",
        "failed, FAILED",
        "canceled, FAILED",
        "DELIVERED, DELIVERED"
    })
    void twilioStatusesMapToDeliveryStatuses(String twilio, DeliveryStatus status) {
        assertEquals(Optional.of(status), DeliveryReports.toDeliveryStatus(twilio));
    }

    @ParameterizedTest
    @CsvSource({"receiving", "received", "nonsense"})
    void statusesThatSayNothingAboutDeliveryAreIgnored(String twilio) {
        assertEquals(Optional.empty(), DeliveryReports.toDeliveryStatus(twilio));
    }
}

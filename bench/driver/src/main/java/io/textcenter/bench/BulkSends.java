package io.textcenter.bench;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Starting a customer bulk send through GraphQL and waiting for it to end. */
final class BulkSends {

    static final String BODY = "Hi {CustomerFirstName}, a reminder from {CompanyName}: your appointment is on {AppointmentDate}"
            + " at {AppointmentTime}. Reply C to confirm.";
    private static final Set<String> ENDED = Set.of("COMPLETED", "STOPPED", "FAILED", "ABANDONED");
    private static final String FIELDS = "{ id status total sent skipped failed }";

    private final GraphQL admin;

    BulkSends(GraphQL admin) {
        this.admin = admin;
    }

    /** Texts the customers of the day's appointments; answers the send's id. */
    String startForDay(String day, String lineId) {
        return start(Map.of("date", day, "lineId", lineId, "body", BODY));
    }

    /** Texts the customers of these appointments; answers the send's id. */
    String startFor(List<String> appointmentIds, String lineId) {
        return start(Map.of("appointmentIds", appointmentIds, "lineId", lineId, "body", BODY));
    }

    /** Polls {@code bulkSend(id)} until the send has ended (or the time is up); answers its last state. */
    JsonObject awaitEnd(String id, Duration pollEvery, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            JsonObject send = admin.call("query($id: ID!) { bulkSend(id: $id) " + FIELDS + " }", Map.of("id", id)).getJsonObject("bulkSend");
            if (ENDED.contains(send.getString("status")) || System.nanoTime() > deadline) {
                return send;
            }
            System.out.println("  bulk send " + id + ": " + send);
            Thread.sleep(pollEvery.toMillis());
        }
    }

    private String start(Map<String, Object> input) {
        return admin.call("mutation($input: BulkCustomerSendInput!) { startBulkCustomerSend(input: $input) " + FIELDS + " }",
                Map.of("input", input)).getJsonObject("startBulkCustomerSend").getString("id");
    }
}

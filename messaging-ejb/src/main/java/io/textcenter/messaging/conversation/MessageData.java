package io.textcenter.messaging.conversation;

import io.textcenter.messaging.delivery.DeliveryStatus;
import io.textcenter.messaging.delivery.Purpose;
import java.time.OffsetDateTime;

/**
 * A message as callers see it. {@code authorId} is the employee's directory id; null for customers and automation.
 * {@code recoveredLate}: a received text read back from the carrier's log (its webhook never came) too late for
 * automatic answers. {@code sendsAt}: when a text still waiting (QUEUED or SCHEDULED) is due to go, e.g. once the
 * recipient's texting window opens; null for every other. {@code purpose}: why an outbound text went; null for the rest.
 */
public record MessageData(
        String id,
        String conversationId,
        MessageDirection direction,
        MessageKind kind,
        String body,
        OffsetDateTime at,
        boolean reviewed,
        String authorId,
        int segments,
        DeliveryStatus deliveryStatus,
        String errorCode,
        String errorMessage,
        boolean recoveredLate,
        Purpose purpose,
        OffsetDateTime sendsAt) {}

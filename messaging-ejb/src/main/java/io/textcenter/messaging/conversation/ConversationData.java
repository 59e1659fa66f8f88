package io.textcenter.messaging.conversation;

import java.time.OffsetDateTime;

/** A conversation as callers see it; ids of line, employees and customer as the API shows them. */
public record ConversationData(
        String id,
        String lineId,
        String externalNumber,
        ConversationStatus status,
        String claimedById,
        String customerId,
        String employeeId,
        OffsetDateTime lastMessageAt) {}

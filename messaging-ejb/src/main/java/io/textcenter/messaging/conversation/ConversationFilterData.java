package io.textcenter.messaging.conversation;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What the inbox shows; every part is optional.
 *
 * @param from   with {@code to}: conversations with a message in [from, to) (the calendar search)
 * @param search a number (any digits of it), a customer's name, or words of a message
 */
public record ConversationFilterData(
        Set<ConversationStatus> statuses,
        String lineId,
        OffsetDateTime from,
        OffsetDateTime to,
        String customerId,
        boolean unreviewedOnly,
        String search) {}

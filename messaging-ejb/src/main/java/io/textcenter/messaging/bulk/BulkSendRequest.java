package io.textcenter.messaging.bulk;

import java.time.OffsetDateTime;

/**
 * What a bulk send texts its recipients, from which line, when, and at whose request.
 *
 * @param templateId    the template to fill in, or null for {@code body} alone
 * @param body          the text (with merge fields), or an edited template's text; null: the template's own
 * @param marketing     texted only to numbers with marketing consent (a marketing template makes it so too)
 * @param sendAt        when the texts go out (SCHEDULED until then); null: at once
 * @param authorLoginId who asked for it, or null for the system
 */
public record BulkSendRequest(
        String lineId,
        String templateId,
        String body,
        boolean marketing,
        OffsetDateTime sendAt,
        String authorLoginId) {}

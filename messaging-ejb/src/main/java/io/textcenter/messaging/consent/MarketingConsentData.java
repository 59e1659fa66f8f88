package io.textcenter.messaging.consent;

import java.time.OffsetDateTime;

/**
 * One event of a number's marketing consent: given or withdrawn, when, how, the wording the customer agreed to, the
 * agent's note, and who recorded it (a login; null for the customer's own STOP).
 */
public record MarketingConsentData(
        OffsetDateTime at, boolean given, ConsentSource source, String wording, String note, String recordedBy) {}

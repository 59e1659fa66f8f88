package io.textcenter.messaging.consent;

import java.util.List;

/**
 * What a number agreed to: whether it opted out of every text, whether it may get marketing (recorded here or in the
 * host's records: {@code byHost}), and how the recorded consent came about (oldest first).
 */
public record ConsentState(
        String phoneNumber, boolean optedOut, boolean marketing, boolean byHost, List<MarketingConsentData> history) {}

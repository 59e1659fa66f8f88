package io.textcenter.messaging.settings;

/**
 * A number the company texts from.
 *
 * @param id          null for one not saved yet
 * @param phoneNumber        E.164
 * @param messagesPerSecond the most the carrier takes from this number (long codes about 1, toll-free 3, short codes 100)
 */
public record SenderLineData(
        String id, String description, String phoneNumber, LineKind kind, boolean active, double messagesPerSecond) {}

package io.textcenter.messaging.settings;

/**
 * A number the company texts from.
 *
 * @param id          null for one not saved yet
 * @param phoneNumber E.164
 */
public record SenderLineData(String id, String description, String phoneNumber, LineKind kind, boolean active) {
}

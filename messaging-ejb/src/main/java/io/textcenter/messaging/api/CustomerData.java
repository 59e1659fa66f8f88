package io.textcenter.messaging.api;

/**
 * A customer as the directory knows it.
 *
 * @param id     the directory's id; null for one not saved yet
 * @param mobile E.164, or null when the customer has no mobile number
 */
public record CustomerData(String id, String name, String mobile) {}

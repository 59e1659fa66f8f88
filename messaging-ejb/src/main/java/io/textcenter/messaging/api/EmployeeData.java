package io.textcenter.messaging.api;

/**
 * An employee as the directory knows it.
 *
 * @param id                the directory's id; null for one not saved yet
 * @param mobile            E.164, or null
 * @param loginId           what the employee signs in with; a JWT's {@code upn} names it
 * @param textMessagingRole whether the employee works in the Text Messaging Center
 */
public record EmployeeData(String id, String name, String mobile, String loginId, boolean textMessagingRole) {}

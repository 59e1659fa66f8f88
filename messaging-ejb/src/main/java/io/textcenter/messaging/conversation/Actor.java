package io.textcenter.messaging.conversation;

/**
 * The employee acting in the center.
 *
 * @param employeeId    their directory id; null when their login id names no employee
 * @param loginId       the JWT's upn
 * @param administrator may take over conversations others hold
 */
public record Actor(String employeeId, String loginId, boolean administrator) {}

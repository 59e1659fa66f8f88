/**
 * Auto-responders: keyword, first-message, schedule (days and times) and appointment-confirmation answers, which one
 * answers a received text, and how often one answers a number.
 */
package io.textcenter.messaging.responder;

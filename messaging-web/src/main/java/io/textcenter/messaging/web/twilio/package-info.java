/**
 * Twilio's webhooks (received texts, status callbacks): the module's only unauthenticated entry. Checks Twilio's
 * signature, answers 400 or 403 to what is malformed or unsigned, and hands the rest to the core, answering 200 only
 * once it is stored.
 */
package io.textcenter.messaging.web.twilio;

/**
 * Administration: the sending lines and their pace, the Twilio account (its token write-only and sealed), the company's
 * settings, and the webhook paths Twilio calls. Other packages read these; only administrators change them.
 */
package io.textcenter.messaging.settings;

/**
 * Consent: the STOP/START/HELP keywords and the numbers that opted out (from every line), and marketing consent by
 * number with its history. Asked before anything is queued and again before it is sent; never sends anything itself.
 */
package io.textcenter.messaging.consent;

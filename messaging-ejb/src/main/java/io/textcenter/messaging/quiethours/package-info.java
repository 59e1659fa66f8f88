/**
 * Quiet hours: the company's texting window in the recipient's own local time (8 a.m. to 9 p.m. unless set), the
 * time zones a number is in, and until when a text that keeps to the window waits. Bulk and scheduled texts keep to
 * it; replies, auto-responses and notifications do not.
 */
package io.textcenter.messaging.quiethours;

/**
 * Checks on what people type, shared by every package: phone numbers to E.164 (libphonenumber), free text and URLs.
 * Masks numbers for logs.
 */
package io.textcenter.messaging.validation;

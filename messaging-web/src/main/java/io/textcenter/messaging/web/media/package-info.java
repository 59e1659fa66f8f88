/**
 * Attachments over HTTP at signed, expiring URLs that a browser can load without a bearer token, answered with headers
 * that keep them inert; the company vCard at its unguessable URL, which the carrier fetches; the sandbox phone's
 * pictures.
 */
package io.textcenter.messaging.web.media;
